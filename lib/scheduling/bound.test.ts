import { describe, expect, it } from "vitest";
import { upperBound } from "./bound";
import { greedySchedule } from "./greedy";
import { findConflicts } from "./check";
import type { Instance } from "./types";

const everyone = (...ids: string[]) => ids.map((id) => ({ id }));

describe("upperBound", () => {
  it("is exact on a bipartite instance whose bottleneck is one participant's time", () => {
    // Buyer b has 2 slots and three sellers want to meet: the best two weigh 3 + 2.
    const instance: Instance = {
      slots: 2,
      tables: 10,
      participants: everyone("b", "s1", "s2", "s3"),
      requests: [
        { id: "1", a: "s1", b: "b", weight: 3 },
        { id: "2", a: "s2", b: "b", weight: 2 },
        { id: "3", a: "s3", b: "b", weight: 1 },
      ],
    };
    expect(upperBound(instance)).toBe(5);
  });

  it("counts tables and slots nobody in a request shares", () => {
    const instance: Instance = {
      slots: 3,
      tables: 1,
      participants: [...everyone("a", "b", "c", "d", "e", "f"), { id: "g", available: [0] }, { id: "h", available: [1] }],
      requests: [
        { id: "ab", a: "a", b: "b", weight: 1 },
        { id: "cd", a: "c", b: "d", weight: 1 },
        { id: "ef", a: "e", b: "f", weight: 1 },
        { id: "gh", a: "g", b: "h", weight: 5 },
      ],
    };
    expect(upperBound(instance)).toBe(3);
  });

  it("stays valid on a general graph: a triangle in one slot bounds at 1.5 where 1 is best", () => {
    const instance: Instance = {
      slots: 1,
      tables: 10,
      participants: everyone("a", "b", "c"),
      requests: [
        { id: "ab", a: "a", b: "b", weight: 1 },
        { id: "bc", a: "b", b: "c", weight: 1 },
        { id: "ca", a: "c", b: "a", weight: 1 },
      ],
    };
    expect(upperBound(instance)).toBeCloseTo(1.5);
  });

  it("adds fixed meetings to the bound of what is left", () => {
    const instance: Instance = {
      slots: 2,
      tables: 10,
      participants: everyone("a", "b", "c"),
      requests: [
        { id: "ab", a: "a", b: "b", weight: 1 },
        { id: "ac", a: "a", b: "c", weight: 2 },
      ],
      fixed: [{ request: "ab", slot: 0, table: 3 }],
    };
    expect(upperBound(instance)).toBe(3);
  });
});

describe("greedySchedule", () => {
  it("takes the heaviest request first, in the first slot that works", () => {
    const instance: Instance = {
      slots: 2,
      tables: 1,
      participants: everyone("a", "b", "c"),
      requests: [
        { id: "ab", a: "a", b: "b", weight: 1 },
        { id: "ac", a: "a", b: "c", weight: 3 },
        { id: "bc", a: "b", b: "c", weight: 2 },
      ],
    };
    const result = greedySchedule(instance);
    expect(result.meetings).toEqual([
      { request: "ac", slot: 0, table: 0 },
      { request: "bc", slot: 1, table: 0 },
    ]);
    expect(findConflicts(instance, result)).toEqual([]);
  });
});
