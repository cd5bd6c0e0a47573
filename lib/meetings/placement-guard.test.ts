import { describe, expect, it } from "vitest";
import { listConflicts } from "@/lib/scheduling/check";
import type { Instance } from "@/lib/scheduling/types";
import { guardPlacements } from "./placement-guard";

const instance: Instance = {
  slots: 2,
  tables: 2,
  seats: 4,
  participants: [{ id: "s1" }, { id: "s2" }, { id: "s3" }, { id: "b1", representatives: 2 }, { id: "b2" }],
  requests: [
    { id: "one", a: "s3", b: "b2", weight: 10 },
    { id: "group", a: "s1", b: "b1", others: ["s2", "s3"], weight: 20 },
    { id: "two", a: "s2", b: "b1", weight: 10 },
  ],
};

describe("guardPlacements", () => {
  it("leaves out a group placed where a member it did not see is busy, then places it where every party is free", () => {
    // A scheduler that ignores `others` puts the group in slot 0 with s3 already meeting b2 there.
    const result = guardPlacements(instance, [
      { request: "one", slot: 0, table: 0 },
      { request: "group", slot: 0, table: 1 },
      { request: "two", slot: 1, table: 0 },
    ]);
    expect(result.dropped).toEqual(["group"]);
    expect(result.added).toEqual([]);
    expect(result.meetings).toHaveLength(2);
    expect(listConflicts(instance, { meetings: result.meetings })).toEqual([]);

    const refilled = guardPlacements(instance, [{ request: "one", slot: 0, table: 0 }]);
    expect(refilled.meetings).toEqual([
      { request: "one", slot: 0, table: 0 },
      { request: "group", slot: 1, table: 0 },
      // b1 has two representatives: its 1:1 fits beside nothing else of s2's in slot 0.
      { request: "two", slot: 0, table: 1 },
    ]);
    expect(refilled.added).toEqual(["group", "two"]);
    expect(listConflicts(instance, { meetings: refilled.meetings })).toEqual([]);
  });

  it("lets an organisation with two representatives hold two meetings at once, never three, and refuses a group above the seats", () => {
    const wide: Instance = { ...instance, seats: 3, requests: [...instance.requests, { id: "three", a: "s3", b: "b1", weight: 5 }] };
    const result = guardPlacements(wide, [
      { request: "two", slot: 0, table: 0 },
      { request: "three", slot: 0, table: 1 },
    ]);
    expect(result.meetings.map((placement) => placement.request)).toEqual(["two", "three", "one"]);
    expect(result.meetings.some((placement) => placement.request === "group")).toBe(false);
    expect(listConflicts(wide, { meetings: result.meetings })).toEqual([]);
  });

  it("keeps fixed placements as they are", () => {
    const fixed: Instance = { ...instance, fixed: [{ request: "two", slot: 1, table: 1 }] };
    const result = guardPlacements(fixed, [{ request: "two", slot: 1, table: 1 }, { request: "group", slot: 1, table: 0 }]);
    expect(result.meetings).toContainEqual({ request: "two", slot: 1, table: 1 });
  });
});
