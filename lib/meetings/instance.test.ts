import { describe, expect, it } from "vitest";
import { eventSlots } from "@/lib/events/slots";
import { buildInstance, meetingWeight, mustHappenWeight, placementsToRows, type ScheduleMeetingRow } from "./instance";

const at = (time: string) => new Date(`2026-12-16T${time}:00+07:00`);
const slots = eventSlots([{ startsAt: at("09:00"), endsAt: at("10:00") }], 20);

const meeting = (id: string, extra: Partial<ScheduleMeetingRow> = {}): ScheduleMeetingRow => ({
  id, smeParticipantId: "s1", buyerParticipantId: "b1", status: "ACCEPTED", mustHappen: false, matchScore: null, startsAt: null, tableNumber: null, placedByStaff: false, ...extra,
});

describe("meetingWeight", () => {
  it("puts a must-happen meeting above any better-scored ones and grows with the match score", () => {
    expect(meetingWeight({ mustHappen: true, matchScore: 0 })).toBe(mustHappenWeight);
    expect(meetingWeight({ mustHappen: false, matchScore: 90 })).toBeGreaterThan(meetingWeight({ mustHappen: false, matchScore: 40 }));
    expect(meetingWeight({ mustHappen: false, matchScore: 100 }) * 20).toBeLessThan(mustHappenWeight);
  });
});

describe("buildInstance", () => {
  const participants = [{ id: "s1", unavailableSlots: [at("09:20")] }, { id: "b1", unavailableSlots: [] }, { id: "b2", unavailableSlots: [] }];

  it("turns unavailable slot times into available slot numbers and leaves out meetings of unknown participants", () => {
    const { instance } = buildInstance({ slots, tables: 2, participants, meetings: [meeting("m1"), meeting("m2", { buyerParticipantId: "gone" })], keepPlaced: false });
    expect(instance.participants).toEqual([{ id: "s1", available: [0, 2] }, { id: "b1" }, { id: "b2" }]);
    expect(instance.requests.map((request) => request.id)).toEqual(["m1"]);
  });

  it("fixes staff's placements always and other placements only when kept, dropping ones whose slot or table is gone", () => {
    const placed = [
      meeting("byStaff", { status: "SCHEDULED", startsAt: at("09:40"), tableNumber: 2, placedByStaff: true }),
      meeting("auto", { status: "SCHEDULED", buyerParticipantId: "b2", startsAt: at("09:00"), tableNumber: 1 }),
      meeting("oldSlot", { status: "SCHEDULED", buyerParticipantId: "b2", startsAt: at("11:00"), tableNumber: 1, placedByStaff: true }),
    ];
    expect(buildInstance({ slots, tables: 2, participants, meetings: placed, keepPlaced: false }).instance.fixed).toEqual([{ request: "byStaff", slot: 2, table: 1 }]);
    const kept = buildInstance({ slots, tables: 2, participants, meetings: placed, keepPlaced: true });
    expect(kept.instance.fixed).toEqual([{ request: "byStaff", slot: 2, table: 1 }, { request: "auto", slot: 0, table: 0 }]);
    expect([...kept.fixedIds]).toEqual(["byStaff", "auto"]);
  });

  it("keeps a fixed meeting's slot usable for a participant who later marked it unavailable", () => {
    const { instance } = buildInstance({ slots, tables: 2, participants, meetings: [meeting("m", { status: "SCHEDULED", startsAt: at("09:20"), tableNumber: 1, placedByStaff: true })], keepPlaced: false });
    expect(instance.participants[0]).toEqual({ id: "s1", available: [0, 1, 2] });
  });
});

describe("placementsToRows", () => {
  it("writes only the new placements, with the slot's times and 1-based tables", () => {
    const rows = placementsToRows([{ request: "a", slot: 1, table: 0 }, { request: "fixed", slot: 0, table: 0 }], slots, new Set(["fixed"]));
    expect(rows).toEqual([{ id: "a", startsAt: at("09:20"), endsAt: at("09:40"), tableNumber: 1 }]);
    expect(() => placementsToRows([{ request: "x", slot: 9, table: 0 }], slots, new Set())).toThrow(RangeError);
  });
});

describe("buildInstance on the event day", () => {
  const participants = [
    { id: "s1", unavailableSlots: [], representatives: 1 },
    { id: "s2", unavailableSlots: [] },
    { id: "s3", unavailableSlots: [at("09:00")] },
    { id: "b1", unavailableSlots: [], representatives: 2 },
  ];

  it("carries representatives, the table's seats and a group meeting's further parties", () => {
    const group = meeting("g", { others: ["s2", "s3"] });
    const { instance } = buildInstance({ slots, tables: 2, seats: 4, participants, meetings: [meeting("m1"), group], keepPlaced: false });
    expect(instance.seats).toBe(4);
    expect(instance.participants).toEqual([{ id: "s1" }, { id: "s2" }, { id: "s3", available: [1, 2] }, { id: "b1", representatives: 2 }]);
    expect(instance.requests).toEqual([
      { id: "m1", a: "s1", b: "b1", weight: 15 },
      { id: "g", a: "s1", b: "b1", others: ["s2", "s3"], weight: 15 },
    ]);
  });

  it("leaves out a group meeting with a party who is not an approved participant, and keeps a fixed group's slot usable for every member", () => {
    const gone = meeting("gone", { others: ["s2", "left"] });
    const fixed = meeting("fixed", { others: ["s3"], status: "SCHEDULED", startsAt: at("09:00"), tableNumber: 1, placedByStaff: true });
    const { instance } = buildInstance({ slots, tables: 2, participants, meetings: [gone, fixed], keepPlaced: false });
    expect(instance.requests.map((request) => request.id)).toEqual(["fixed"]);
    expect(instance.fixed).toEqual([{ request: "fixed", slot: 0, table: 0 }]);
    expect(instance.participants.find((participant) => participant.id === "s3")).toEqual({ id: "s3", available: [0, 1, 2] });
  });
});
