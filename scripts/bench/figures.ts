// Figures the benchmarks print: percentiles, medians, and ratios against a floor measured in the
// same run (an absolute time on a shared machine says little; a ratio to the floor says more).

/** The p-quantile (0 < p <= 1) of ascending values by the nearest-rank method; 0 when empty. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

/** The middle value (the upper one of the two middles for an even count); 0 when empty. */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** measured / floor to two decimals; 0 when the floor is not positive (nothing to compare with). */
export function ratio(measured: number, floor: number): number {
  return floor > 0 ? Math.round((measured / floor) * 100) / 100 : 0;
}

export const round = (value: number) => Math.round(value * 10) / 10;
