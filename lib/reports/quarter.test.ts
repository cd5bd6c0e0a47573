import { describe, expect, it } from "vitest";
import { fillQuarters, quarterKey, quarterOf, quarterRange } from "./quarter";

describe("quarterOf", () => {
  it("buckets by the Jakarta calendar, not UTC", () => {
    expect(quarterKey(quarterOf(new Date("2026-03-31T16:59:59Z")))).toBe("2026-Q1");
    // 31 March 17:00 UTC is already 1 April 00:00 WIB.
    expect(quarterKey(quarterOf(new Date("2026-03-31T17:00:00Z")))).toBe("2026-Q2");
    expect(quarterKey(quarterOf(new Date("2026-12-31T17:30:00Z")))).toBe("2027-Q1");
    expect(quarterKey(quarterOf(new Date("2026-07-01T00:00:00+07:00")))).toBe("2026-Q3");
    expect(quarterKey(quarterOf(new Date("2026-09-30T23:59:00+07:00")))).toBe("2026-Q3");
  });
});

describe("quarterRange", () => {
  it("lists every quarter across year ends, both ends included", () => {
    expect(quarterRange({ year: 2025, quarter: 3 }, { year: 2026, quarter: 2 })).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(quarterRange({ year: 2026, quarter: 4 }, { year: 2026, quarter: 4 })).toEqual(["2026-Q4"]);
    expect(quarterRange({ year: 2026, quarter: 4 }, { year: 2026, quarter: 1 })).toEqual([]);
  });
});

describe("fillQuarters", () => {
  it("fills the quarters without rows with the empty value, in order", () => {
    const rows = new Map([
      ["2026-Q3", 5],
      ["2025-Q4", 2],
    ]);
    expect(fillQuarters(rows, () => 0)).toEqual([
      { quarter: "2025-Q4", value: 2 },
      { quarter: "2026-Q1", value: 0 },
      { quarter: "2026-Q2", value: 0 },
      { quarter: "2026-Q3", value: 5 },
    ]);
  });

  it("is empty without rows and ignores keys that are not quarters", () => {
    expect(fillQuarters(new Map<string, number>(), () => 0)).toEqual([]);
    expect(fillQuarters(new Map([["kemarin", 1], ["2026-Q1", 3]]), () => 0)).toEqual([{ quarter: "2026-Q1", value: 3 }]);
  });
});
