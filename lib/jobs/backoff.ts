// How long a failed job waits before its next attempt. Pure: no I/O.
const minute = 60_000;
const delays = [1 * minute, 5 * minute, 30 * minute, 120 * minute, 720 * minute];

/** Delay after the given (1-based) failed attempt; the last step repeats. */
export function retryDelayMs(attempts: number): number {
  return delays[Math.min(Math.max(attempts, 1), delays.length) - 1] ?? delays[delays.length - 1]!;
}
