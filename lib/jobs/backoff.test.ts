import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("waits longer after each failed attempt", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt) / 60_000)).toEqual([1, 5, 30, 120, 720]);
  });

  it("keeps the longest delay after the last step", () => {
    expect(retryDelayMs(9)).toBe(720 * 60_000);
  });
});
