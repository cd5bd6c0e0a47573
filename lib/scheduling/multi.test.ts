// The scheduler with representatives and group meetings (issue 20): the general path.
import { describe, expect, it } from "vitest";
import { upperBound } from "./bound";
import { listConflicts } from "./check";
import { generateInstance } from "./generate";
import { scheduleMetrics } from "./metrics";
import { schedule } from "./schedule";
import { exhaustiveOptimum, randomExtendedInstance } from "./test-instances";
import type { Instance } from "./types";

const weightOf = (instance: Instance, seed = 1) => scheduleMetrics(instance, schedule(instance, { seed })).weight;

describe("schedule with representatives and group meetings", () => {
  it("reaches the exhaustive optimum on small instances, and the bound never undercuts it", () => {
    let missed = 0;
    let count = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const instance = randomExtendedInstance(seed, {
        participants: 5 + (seed % 8),
        requests: 6 + (seed % 4),
        slots: 2 + (seed % 5),
        tables: 1 + (seed % 3),
        seats: 3 + (seed % 3),
        groupShare: 0.35,
        repsMax: 1 + (seed % 3),
      });
      const best = exhaustiveOptimum(instance);
      const result = schedule(instance, { seed });
      expect(listConflicts(instance, result)).toEqual([]);
      expect(upperBound(instance)).toBeGreaterThanOrEqual(best - 1e-9);
      const got = scheduleMetrics(instance, result).weight;
      expect(got).toBeLessThanOrEqual(best);
      if (got < best) missed++;
      count++;
    }
    console.log(`missed ${missed} of ${count}`);
    expect(missed).toBe(0);
  });
});
