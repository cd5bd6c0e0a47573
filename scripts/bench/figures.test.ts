import { describe, expect, it } from "vitest";
import { median, percentile, ratio } from "./figures";

describe("benchmark figures", () => {
  it("takes percentiles by nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile(sorted, 1)).toBe(100);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([3, 9], 0.5)).toBe(3);
    expect(percentile([], 0.95)).toBe(0);
  });

  it("takes the median without reordering its input", () => {
    const values = [30, 10, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([30, 10, 20]);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBe(0);
  });

  it("divides by the floor to two decimals, and gives 0 without a floor", () => {
    expect(ratio(2500, 1000)).toBe(2.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(120, 0)).toBe(0);
    expect(ratio(120, -1)).toBe(0);
  });
});
