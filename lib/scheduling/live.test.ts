import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/random/seeded";
import { listConflicts } from "./check";
import { freeSlotsAhead, refill, type LiveInput } from "./live";
import type { Instance, MeetingRequest, Participant, Placement } from "./types";

// A random event day: participants with 1-3 representatives and gaps in their availability,
// 1:1 and group requests (3-5 parties), a published plan made of part of the requests, of which
// some meetings were cancelled since; the rest of the requests wait, in a random order.
function randomDay(seed: number): LiveInput {
  const random = createRandom(seed);
  const slots = random.int(3, 8);
  const participants: Participant[] = Array.from({ length: random.int(5, 14) }, (_, i) => ({
    id: `p${i}`,
    representatives: random.int(1, 3),
    available: Array.from({ length: slots }, (_, s) => s).filter(() => random.chance(0.8)),
  }));
  const requests: MeetingRequest[] = Array.from({ length: random.int(5, 40) }, (_, i) => {
    const parties = random.sample(participants, random.chance(0.2) ? random.int(3, 5) : 2).map((p) => p.id);
    return { id: `r${i}`, a: parties[0]!, b: parties[1]!, ...(parties.length > 2 ? { others: parties.slice(2) } : {}), weight: 1 };
  });
  const instance: Instance = { slots, tables: random.int(1, 6), seats: random.int(2, 5), participants, requests };
  const first = requests.filter(() => random.chance(0.5)).map((r) => r.id);
  const published = refill({ instance, fromSlot: 0, waiting: first }).placed.filter(() => random.chance(0.8));
  // Mostly requests still without a slot; now and then a published one by mistake (to be skipped).
  const waiting = random.sample(requests.map((r) => r.id), requests.length).filter((id) => !published.some((p) => p.request === id) || random.chance(0.2));
  return { instance: { ...instance, fixed: published }, fromSlot: random.int(0, slots - 1), waiting };
}

const meetingsAfter = (input: LiveInput, placed: Placement[]) => ({ meetings: [...(input.instance.fixed ?? []), ...placed] });

describe("refill properties (200 random event days with representatives and groups)", () => {
  const days = Array.from({ length: 200 }, (_, seed) => randomDay(seed + 1));

  it("never moves or removes a published meeting, and nobody is in two places at once", () => {
    for (const day of days) {
      const { placed } = refill(day);
      const fixedIds = new Set(day.instance.fixed!.map((p) => p.request));
      expect(placed.filter((p) => fixedIds.has(p.request))).toEqual([]);
      // The checker counts each organisation's meetings per slot against its representatives,
      // every group member, tables and seats, and reports fixed meetings moved or dropped.
      expect(listConflicts(day.instance, meetingsAfter(day, placed))).toEqual([]);
    }
  });

  it("places nothing before fromSlot and accounts for every waiting request exactly once", () => {
    for (const day of days) {
      const { placed, unplaced } = refill(day);
      for (const placement of placed) expect(placement.slot).toBeGreaterThanOrEqual(day.fromSlot);
      const fixedIds = new Set(day.instance.fixed!.map((p) => p.request));
      expect([...placed.map((p) => p.request), ...unplaced].sort()).toEqual(day.waiting.filter((id) => !fixedIds.has(id)).sort());
    }
  });

  it("gives the same result for the same input", () => {
    for (const day of days.slice(0, 50)) expect(refill(structuredClone(day))).toEqual(refill(day));
    expect(randomDay(7)).toEqual(randomDay(7));
  });

  it("leaves a request unplaced only when it fits in no slot ahead", () => {
    let unplacedSeen = 0;
    for (const day of days) {
      const { placed, unplaced } = refill(day);
      const meetings = meetingsAfter(day, placed).meetings;
      for (const id of unplaced) {
        unplacedSeen++;
        for (let slot = day.fromSlot; slot < day.instance.slots; slot++) {
          const used = new Set(meetings.filter((m) => m.slot === slot).map((m) => m.table));
          const table = Array.from({ length: day.instance.tables }, (_, t) => t).find((t) => !used.has(t)) ?? 0;
          expect(listConflicts(day.instance, { meetings: [...meetings, { request: id, slot, table }] })).not.toEqual([]);
        }
      }
    }
    expect(unplacedSeen).toBeGreaterThan(50);
  });

  it("puts a single waiting request into the earliest slot it fits", () => {
    for (const day of days) {
      for (const id of day.waiting.filter((id) => !day.instance.fixed!.some((p) => p.request === id)).slice(0, 3)) {
        const { placed } = refill({ ...day, waiting: [id] });
        const fits = (slot: number) =>
          listConflicts(day.instance, { meetings: [...day.instance.fixed!, { request: id, slot, table: freeTable(day, slot) }] }).length === 0;
        const earliest = Array.from({ length: day.instance.slots }, (_, s) => s).find((s) => s >= day.fromSlot && fits(s));
        expect(placed[0]?.slot).toBe(earliest);
      }
    }
  });
});

function freeTable(day: LiveInput, slot: number): number {
  const used = new Set(day.instance.fixed!.filter((m) => m.slot === slot).map((m) => m.table));
  return Array.from({ length: day.instance.tables }, (_, t) => t).find((t) => !used.has(t)) ?? 0;
}

describe("refill on the event day", () => {
  const event: Instance = {
    slots: 4,
    tables: 3,
    seats: 4,
    participants: [{ id: "buyer", representatives: 2 }, { id: "s1" }, { id: "s2" }, { id: "s3" }, { id: "s4", available: [2] }, { id: "bank" }],
    requests: [
      { id: "buyer-s1", a: "s1", b: "buyer", weight: 1 },
      { id: "buyer-s2", a: "s2", b: "buyer", weight: 1 },
      { id: "buyer-s3", a: "s3", b: "buyer", weight: 1 },
      { id: "buyer-s4", a: "s4", b: "buyer", weight: 1 },
      { id: "walk-in", a: "s3", b: "buyer", weight: 1 },
      { id: "group", a: "buyer", b: "s1", others: ["s2"], weight: 1 },
      { id: "bank-group", a: "bank", b: "s1", others: ["s2", "s3", "s4"], weight: 1 },
    ],
  };

  it("refills a slot freed by a no-show with a walk-in for the same buyer", () => {
    // The buyer's two representatives were both booked in slot 1; buyer-s2 was cancelled (no-show).
    const fixed = [
      { request: "buyer-s1", slot: 1, table: 0 },
      { request: "group", slot: 2, table: 0 },
      { request: "buyer-s4", slot: 2, table: 1 },
    ];
    const full = refill({ instance: { ...event, fixed: [...fixed, { request: "buyer-s2", slot: 1, table: 1 }] }, fromSlot: 1, waiting: ["walk-in"] });
    expect(full).toEqual({ placed: [{ request: "walk-in", slot: 3, table: 0 }], unplaced: [] });
    const freed = refill({ instance: { ...event, fixed }, fromSlot: 1, waiting: ["walk-in"] });
    expect(freed).toEqual({ placed: [{ request: "walk-in", slot: 1, table: 1 }], unplaced: [] });
  });

  it("lets an organisation hold as many meetings at once as it has representatives", () => {
    const result = refill({ instance: event, fromSlot: 0, waiting: ["buyer-s1", "buyer-s2", "buyer-s3"] });
    expect(result.placed).toEqual([
      { request: "buyer-s1", slot: 0, table: 0 },
      { request: "buyer-s2", slot: 0, table: 1 },
      { request: "buyer-s3", slot: 1, table: 0 },
    ]);
  });

  it("seats a group only where every member is free, and never more parties than a table seats", () => {
    const result = refill({ instance: { ...event, fixed: [{ request: "buyer-s2", slot: 0, table: 0 }] }, fromSlot: 0, waiting: ["bank-group", "group", "nope"] });
    expect(result).toEqual({ placed: [{ request: "group", slot: 1, table: 0 }], unplaced: ["bank-group", "nope"] });
    expect(refill({ instance: { ...event, seats: 5 }, fromSlot: 0, waiting: ["bank-group"] }).placed).toEqual([{ request: "bank-group", slot: 2, table: 0 }]);
  });

  it("moves a new placement to make room for a later request that fits only where it sits", () => {
    // buyer-s1 would take slot 2 first; buyer-s4 (s4 is there only in slot 2) needs it: buyer-s1 moves on.
    const oneRep: Instance = { ...event, participants: event.participants.map((p) => (p.id === "buyer" ? { id: "buyer" } : p)) };
    const fixed = [
      { request: "buyer-s2", slot: 0, table: 0 },
      { request: "buyer-s3", slot: 1, table: 0 },
    ];
    const result = refill({ instance: { ...oneRep, fixed }, fromSlot: 0, waiting: ["buyer-s1", "buyer-s4"] });
    expect(result).toEqual({
      placed: [
        { request: "buyer-s1", slot: 3, table: 0 },
        { request: "buyer-s4", slot: 2, table: 0 },
      ],
      unplaced: [],
    });
  });

  it("skips published and repeated ids, and refuses a bad fromSlot", () => {
    const fixed = [{ request: "buyer-s1", slot: 0, table: 0 }];
    expect(refill({ instance: { ...event, fixed }, fromSlot: 3.2, waiting: ["buyer-s1", "buyer-s2", "buyer-s2"] })).toEqual({ placed: [], unplaced: ["buyer-s2"] });
    expect(() => refill({ instance: event, fromSlot: Number.NaN, waiting: [] })).toThrow(RangeError);
  });
});

describe("freeSlotsAhead", () => {
  it("lists the free tables and the participants with a free representative in each slot ahead", () => {
    const instance: Instance = {
      slots: 3,
      tables: 2,
      participants: [{ id: "a", representatives: 2 }, { id: "b" }, { id: "c", available: [2] }],
      requests: [
        { id: "ab", a: "a", b: "b", weight: 1 },
        { id: "ac", a: "a", b: "c", weight: 1 },
      ],
      fixed: [
        { request: "ab", slot: 1, table: 1 },
        { request: "ac", slot: 2, table: 0 },
      ],
    };
    expect(freeSlotsAhead(instance, 1)).toEqual([
      { slot: 1, freeTables: [0], freeParticipants: ["a"] },
      { slot: 2, freeTables: [1], freeParticipants: ["a", "b"] },
    ]);
  });
});
