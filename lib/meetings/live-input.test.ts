import { describe, expect, it } from "vitest";
import { eventSlots } from "@/lib/events/slots";
import { buildLiveInput, firstSlotAhead, type LiveMeetingRow } from "./live-input";

const start = new Date("2026-12-16T02:00:00Z");
const slots = eventSlots([{ startsAt: start, endsAt: new Date(start.getTime() + 80 * 60_000) }], 20);
const at = (index: number) => slots[index]!.startsAt;
const minutesAfter = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

const meeting = (id: string, extra: Partial<LiveMeetingRow>): LiveMeetingRow => ({
  id,
  status: "ACCEPTED",
  smeParticipantId: "a",
  buyerParticipantId: "x",
  members: [],
  startsAt: null,
  tableNumber: null,
  walkIn: false,
  mustHappen: false,
  matchScore: null,
  createdAt: new Date("2026-12-01T00:00:00Z"),
  ...extra,
});

const participants = [
  { id: "a", unavailableSlots: [], present: 1 },
  { id: "b", unavailableSlots: [at(3)], present: 1 },
  { id: "x", unavailableSlots: [], present: 2 },
  { id: "gone", unavailableSlots: [], present: 0 },
];

describe("the live engine's input from the event's rows", () => {
  it("starts at the first slot that has not begun", () => {
    expect(firstSlotAhead(slots, minutesAfter(-1))).toBe(0);
    expect(firstSlotAhead(slots, minutesAfter(0))).toBe(1);
    expect(firstSlotAhead(slots, minutesAfter(25))).toBe(2);
    expect(firstSlotAhead(slots, minutesAfter(90))).toBe(slots.length);
  });

  it("fixes placed and held meetings, waits walk-ins first (first come), then the heavier accepted ones", () => {
    const input = buildLiveInput({
      slots,
      tables: 3,
      seats: 4,
      now: minutesAfter(25),
      participants,
      meetings: [
        meeting("held", { status: "HELD", startsAt: at(0), tableNumber: 1 }),
        meeting("placed", { status: "SCHEDULED", smeParticipantId: "b", startsAt: at(2), tableNumber: 3 }),
        meeting("light", { smeParticipantId: "b", matchScore: 10 }),
        meeting("must", { smeParticipantId: "b", mustHappen: true, createdAt: new Date("2026-12-02T00:00:00Z") }),
        meeting("late-walk-in", { walkIn: true, createdAt: new Date("2026-12-16T02:30:00Z") }),
        meeting("early-walk-in", { walkIn: true, smeParticipantId: "b", createdAt: new Date("2026-12-16T02:26:00Z") }),
        meeting("group", { members: ["b"] }),
        meeting("stranger", { smeParticipantId: "unknown" }),
      ],
    });
    expect(input.fromSlot).toBe(2);
    expect(input.instance.fixed).toEqual([
      { request: "held", slot: 0, table: 0 },
      { request: "placed", slot: 2, table: 2 },
    ]);
    expect([...input.fixedIds]).toEqual(["held", "placed"]);
    expect(input.waiting).toEqual(["early-walk-in", "late-walk-in", "must", "group", "light"]);
    expect(input.instance.requests.find((request) => request.id === "group")).toMatchObject({ a: "a", b: "x", others: ["b"] });
    expect(input.instance.requests.map((request) => request.id)).not.toContain("stranger");
    expect(input.instance.seats).toBe(4);
  });

  it("gives a participant its present representatives as capacity; one with nobody left is available nowhere", () => {
    const input = buildLiveInput({ slots, tables: 2, seats: 2, now: minutesAfter(5), participants, meetings: [] });
    const byId = new Map(input.instance.participants.map((participant) => [participant.id, participant]));
    expect(byId.get("a")).toEqual({ id: "a" });
    expect(byId.get("b")).toEqual({ id: "b", available: [0, 1, 2] });
    expect(byId.get("x")).toEqual({ id: "x", representatives: 2 });
    expect(byId.get("gone")).toEqual({ id: "gone", available: [] });
  });
});
