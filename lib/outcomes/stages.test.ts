import { describe, expect, it } from "vitest";
import { consolidateOutcome, isStale, staleBefore } from "./stages";

describe("consolidateOutcome", () => {
  it("takes the further outcome and the larger value, whichever side recorded them", () => {
    expect(consolidateOutcome({ outcome: "SAMPLE", value: 500n }, { outcome: "DEAL", value: 200n })).toEqual({ outcome: "DEAL", value: 500n });
    expect(consolidateOutcome({ outcome: "PURCHASE_ORDER", value: null }, { outcome: "FOLLOW_UP", value: 9n })).toEqual({ outcome: "PURCHASE_ORDER", value: 9n });
  });

  it("uses the one side that recorded, and nothing when neither did", () => {
    expect(consolidateOutcome({ outcome: null, value: null }, { outcome: "NO_INTEREST", value: null })).toEqual({ outcome: "NO_INTEREST", value: null });
    expect(consolidateOutcome({ outcome: null, value: null }, { outcome: null, value: null })).toEqual({ outcome: null, value: null });
  });
});

describe("staleness", () => {
  const now = new Date("2026-12-20T00:00:00Z");
  it("marks follow-ups not updated for 14 days as stale", () => {
    expect(staleBefore(now).toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(isStale(new Date("2026-12-05T23:59:59Z"), now)).toBe(true);
    expect(isStale(new Date("2026-12-06T00:00:01Z"), now)).toBe(false);
    expect(isStale(null, now)).toBe(false);
  });
});
