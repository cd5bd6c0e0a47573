// The scheduler with representatives and group meetings (issue 20): the general path
// (multi-*.ts), its bound, and the generator's options for them.
import { describe, expect, it } from "vitest";
import { upperBound } from "./bound";
import { listConflicts } from "./check";
import { generateInstance } from "./generate";
import { greedySchedule } from "./greedy";
import { scheduleMetrics } from "./metrics";
import { buildModel } from "./model";
import { MultiBoard } from "./multi-board";
import { relaxMulti } from "./multi-bound";
import { schedule } from "./schedule";
import { exhaustiveOptimum, randomExtendedInstance } from "./test-instances";
import { partiesOf, type Instance } from "./types";

const medium = (seed: number) =>
  seed % 2 === 0
    ? generateInstance({ participants: 60, requests: 260, slots: 8, tables: 14, availability: 0.75, repsMax: 3, groupShare: 0.2, seats: 5, seed })
    : randomExtendedInstance(seed, { participants: 40, requests: 150, slots: 6, tables: 12, seats: 4, groupShare: 0.3, repsMax: 2 });

describe("schedule with representatives and group meetings", () => {
  it("never puts a participant in more meetings of one slot than it has representatives, nor a group member in two places", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const instance = medium(seed);
      const result = schedule(instance, { seed });
      expect(listConflicts(instance, result)).toEqual([]);
      // The checker's count, redone here per person: meetings per participant and slot <= representatives.
      const requests = new Map(instance.requests.map((r) => [r.id, r]));
      const perSlot = new Map<string, number>();
      for (const meeting of result.meetings) for (const id of partiesOf(requests.get(meeting.request)!)) perSlot.set(`${id}/${meeting.slot}`, (perSlot.get(`${id}/${meeting.slot}`) ?? 0) + 1);
      for (const participant of instance.participants) {
        for (let slot = 0; slot < instance.slots; slot++) expect(perSlot.get(`${participant.id}/${slot}`) ?? 0).toBeLessThanOrEqual(participant.representatives ?? 1);
      }
      expect(result.meetings.some((m) => (requests.get(m.request)!.others ?? []).length > 0)).toBe(true);
      expect(scheduleMetrics(instance, result).weight).toBeLessThanOrEqual(upperBound(instance) + 1e-9);
      // The first-fit baseline counts representatives and group members the same way.
      expect(listConflicts(instance, greedySchedule(instance))).toEqual([]);
    }
  });

  it("gives the same schedule for the same input and seed", () => {
    for (const seed of [2, 3]) expect(schedule(medium(seed), { seed: 5 })).toEqual(schedule(medium(seed), { seed: 5 }));
  });

  it("reaches the exhaustive optimum on small instances (<= 12 participants, <= 6 slots), and the bound never undercuts it", () => {
    // Measured when written: no miss on seeds 1-1,500 (before chains could drop a lighter meeting: 1, seed 1,278).
    let missed = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const instance = randomExtendedInstance(seed, {
        participants: 5 + (seed % 8),
        requests: 6 + (seed % 4),
        slots: 2 + (seed % 5),
        tables: 1 + (seed % 3),
        seats: 3 + (seed % 3),
        // Every fourth instance with representatives has no group (the flow bound's case).
        groupShare: seed % 4 === 0 && seed % 3 !== 0 ? 0 : 0.35,
        repsMax: 1 + (seed % 3),
      });
      const best = exhaustiveOptimum(instance);
      const result = schedule(instance, { seed });
      expect(listConflicts(instance, result)).toEqual([]);
      expect(upperBound(instance)).toBeGreaterThanOrEqual(best - 1e-9);
      const got = scheduleMetrics(instance, result).weight;
      expect(got).toBeLessThanOrEqual(best);
      if (got < best) missed++;
    }
    expect(missed).toBe(0);
  });

  it("keeps fixed meetings where they are and schedules new requests around them", () => {
    const size = { participants: 60, slots: 10, tables: 12, availability: 0.8, buyerShare: 0.4, repsMax: 2, groupShare: 0.2, seats: 4, seed: 9 };
    const first = generateInstance({ ...size, requests: 200 });
    const published = schedule(first, { seed: 1 }).meetings;
    const grown = { ...generateInstance({ ...size, requests: 200 }), fixed: published };
    grown.requests = [...grown.requests, { id: "walk-in", a: "s0", b: "b0", weight: 3 }];
    const rerun = schedule(grown, { seed: 2 });
    expect(listConflicts(grown, rerun)).toEqual([]);
    for (const meeting of published) expect(rerun.meetings).toContainEqual(meeting);
  });

  it("lets a participant with two representatives hold two meetings in one slot, and seats a group at one table", () => {
    const instance: Instance = {
      slots: 1,
      tables: 3,
      seats: 4,
      participants: [{ id: "buyer", representatives: 2 }, { id: "s1" }, { id: "s2" }, { id: "s3" }, { id: "s4" }, { id: "bank" }],
      requests: [
        { id: "one", a: "s1", b: "buyer", weight: 1 },
        { id: "group", a: "s2", b: "buyer", others: ["s3", "s4"], weight: 2 },
        { id: "too-big", a: "s1", b: "bank", others: ["s2", "s3", "s4"], weight: 9 },
      ],
    };
    const result = schedule(instance);
    expect(result.meetings.map((m) => m.request).sort()).toEqual(["group", "one"]);
    expect(listConflicts(instance, result)).toEqual([]);
    expect(upperBound(instance)).toBe(3);
    // With one representative the buyer holds one of them: the heavier.
    const single: Instance = { ...instance, participants: instance.participants.map((p) => ({ id: p.id })) };
    expect(schedule(single).meetings.map((m) => m.request)).toEqual(["group"]);
    expect(upperBound(single)).toBe(2);
  });
});

describe("the bound for representatives and groups", () => {
  it("is the LP value where groups overlap in a cycle: 1.5 where 1 is best", () => {
    const instance: Instance = {
      slots: 1,
      tables: 5,
      seats: 3,
      participants: ["a", "b", "c", "x", "y", "z"].map((id) => ({ id })),
      requests: [
        { id: "abx", a: "a", b: "b", others: ["x"], weight: 1 },
        { id: "bcy", a: "b", b: "c", others: ["y"], weight: 1 },
        { id: "caz", a: "c", b: "a", others: ["z"], weight: 1 },
      ],
    };
    expect(exhaustiveOptimum(instance)).toBe(1);
    expect(upperBound(instance)).toBeGreaterThanOrEqual(1);
    expect(upperBound(instance)).toBeCloseTo(1.5, 6);
  });

  it("matches the exact min-cost-flow bound on seller-buyer instances, where both are the LP optimum", () => {
    for (const seed of [1, 2, 3]) {
      const instance = generateInstance({ participants: 80, requests: 400, slots: 10, tables: 15, availability: 0.7, seed });
      const board = new MultiBoard(buildModel(instance));
      expect(relaxMulti(board).value).toBeCloseTo(upperBound(instance), 6);
    }
  });
});

describe("generateInstance with representatives and groups", () => {
  it("draws representatives 1..repsMax and group meetings of one buyer and 2-4 sellers, leaving the 1:1 requests as before", () => {
    const base = { participants: 100, requests: 400, slots: 8, tables: 30, availability: 0.8, seed: 4 };
    const plain = generateInstance(base);
    const rich = generateInstance({ ...base, repsMax: 3, groupShare: 0.1, seats: 5 });
    expect(rich.seats).toBe(5);
    expect(new Set(rich.participants.map((p) => p.representatives))).toEqual(new Set([1, 2, 3]));
    const groups = rich.requests.filter((r) => r.others);
    expect(groups).toHaveLength(40);
    for (const group of groups) {
      expect(group.b.startsWith("b")).toBe(true);
      expect([group.a, ...group.others!].every((id) => id.startsWith("s"))).toBe(true);
      expect(partiesOf(group).length).toBeGreaterThanOrEqual(3);
      expect(partiesOf(group).length).toBeLessThanOrEqual(5);
    }
    expect(rich.requests.slice(0, 360)).toEqual(plain.requests.slice(0, 360));
    expect(rich.participants.map((p) => p.available)).toEqual(plain.participants.map((p) => p.available));
    expect(() => generateInstance({ ...base, groupShare: 0.1 })).toThrow(RangeError);
  });
});
