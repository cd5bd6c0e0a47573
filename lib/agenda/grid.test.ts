import { describe, expect, it } from "vitest";
import { eventSlots } from "@/lib/events/slots";
import { gridRows, sameJakartaDay, tablePages } from "./grid";

const at = (time: string) => new Date(`2026-12-16T${time}:00+07:00`);

describe("gridRows", () => {
  it("lists every slot in time order and adds meetings that sit on no slot", () => {
    const slots = eventSlots([{ startsAt: at("09:00"), endsAt: at("10:00") }], 30);
    const rows = gridRows(slots, [
      { startsAt: at("09:30"), endsAt: at("10:00") },
      { startsAt: at("08:10"), endsAt: at("08:40") },
    ]);
    expect(rows.map((row) => row.startsAt)).toEqual([at("08:10"), at("09:00"), at("09:30")]);
  });
});

describe("tablePages", () => {
  it("splits 40 tables into pages of 8 and keeps a short last page", () => {
    expect(tablePages(40, 8)).toHaveLength(5);
    expect(tablePages(10, 8)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8], [9, 10]]);
    expect(tablePages(0, 8)).toEqual([]);
  });
});

describe("sameJakartaDay", () => {
  it("compares calendar days in WIB, not UTC", () => {
    // 23:30 UTC on the 15th is 06:30 WIB on the 16th.
    expect(sameJakartaDay(new Date("2026-12-15T23:30:00Z"), at("09:00"))).toBe(true);
    expect(sameJakartaDay(new Date("2026-12-15T16:59:00Z"), at("09:00"))).toBe(false);
  });
});
