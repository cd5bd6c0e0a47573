import { describe, expect, it } from "vitest";
import { periodBounds } from "./period";

describe("periodBounds", () => {
  it("spans whole days in Jakarta time, the last day included", () => {
    const { start, end } = periodBounds({ from: "2026-10-01", to: "2026-12-31" });
    expect(start?.toISOString()).toBe("2026-09-30T17:00:00.000Z");
    expect(end?.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(periodBounds({ from: null, to: null })).toEqual({ start: null, end: null });
  });
});
