import { describe, expect, it } from "vitest";
import { eventSlots, overlappingSessions, slotStartingAt } from "./slots";

const at = (time: string) => new Date(`2026-12-16T${time}:00+07:00`);

describe("eventSlots", () => {
  it("cuts each session into slots in time order, numbering across the break", () => {
    const slots = eventSlots([{ startsAt: at("13:00"), endsAt: at("14:00") }, { startsAt: at("09:00"), endsAt: at("10:00") }], 20);
    expect(slots.map((slot) => [slot.index, slot.startsAt.toISOString()])).toEqual([
      [0, at("09:00").toISOString()],
      [1, at("09:20").toISOString()],
      [2, at("09:40").toISOString()],
      [3, at("13:00").toISOString()],
      [4, at("13:20").toISOString()],
      [5, at("13:40").toISOString()],
    ]);
    expect(slots[5]!.endsAt).toEqual(at("14:00"));
  });

  it("drops a tail shorter than a slot and never overlaps slots of overlapping sessions", () => {
    const slots = eventSlots([{ startsAt: at("09:00"), endsAt: at("09:50") }, { startsAt: at("09:30"), endsAt: at("10:30") }], 30);
    expect(slots.map((slot) => slot.startsAt)).toEqual([at("09:00"), at("09:30"), at("10:00")]);
    for (let i = 1; i < slots.length; i += 1) expect(slots[i]!.startsAt >= slots[i - 1]!.endsAt).toBe(true);
  });

  it("refuses a slot length that is not a positive whole number", () => {
    expect(() => eventSlots([], 0)).toThrow(RangeError);
  });

  it("finds a slot by its start and lists overlapping sessions", () => {
    const slots = eventSlots([{ startsAt: at("09:00"), endsAt: at("10:00") }], 15);
    expect(slotStartingAt(slots, at("09:45"))?.index).toBe(3);
    expect(slotStartingAt(slots, at("09:50"))).toBeUndefined();
    expect(overlappingSessions([
      { startsAt: at("09:00"), endsAt: at("10:00") },
      { startsAt: at("10:00"), endsAt: at("11:00") },
      { startsAt: at("10:30"), endsAt: at("12:00") },
    ])).toEqual([1, 2]);
  });
});
