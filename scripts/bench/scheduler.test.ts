// Smoke test of npm run bench:scheduler at a tiny size: the script runs, its last line is the
// JSON the README documents, and the schedule it writes for a given instance is valid.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findConflicts } from "@/lib/scheduling/check";
import type { Instance, Schedule } from "@/lib/scheduling/types";

const run = (args: string[]) => {
  const stdout = execFileSync(process.execPath, ["--import", "tsx", "scripts/bench/scheduler.ts", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, number>;
};

describe("bench:scheduler", () => {
  it("schedules a generated instance and prints the figures", () => {
    const figures = run(["--participants", "40", "--requests", "120", "--slots", "8", "--tables", "10", "--seed", "3"]);
    expect(figures).toMatchObject({ requests: 120, conflicts: 0 });
    for (const key of ["scheduled", "weight", "upper_bound", "ratio", "participants_with_requests", "participants_with_meetings", "avg_idle_slots", "ms", "greedy_ratio"]) expect(typeof figures[key]).toBe("number");
    expect(figures.weight).toBeLessThanOrEqual(figures.upper_bound!);
    expect(figures.ratio).toBeGreaterThan(0.9);
  }, 60_000);

  it("takes --reps-max, --group-share and --seats, and reports them with the ratio to the proven bound", () => {
    const figures = run(["--participants", "60", "--requests", "240", "--slots", "8", "--tables", "15", "--reps-max", "2", "--group-share", "0.1", "--seats", "5", "--seed", "2"]);
    expect(figures).toMatchObject({ requests: 240, conflicts: 0, reps_max: 2, group_share: 0.1, seats: 5 });
    expect(figures.weight).toBeLessThanOrEqual(figures.upper_bound! + 1e-3);
    expect(figures.ratio).toBeGreaterThan(0.95);
    // A group meeting has 3-5 parties: two seats cannot hold one.
    expect(() => run(["--participants", "60", "--requests", "240", "--group-share", "0.1"])).toThrow();
  }, 60_000);

  it("reads an instance file and writes a valid schedule", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-scheduler-"));
    const instance: Instance = {
      slots: 2,
      tables: 1,
      participants: [{ id: "p1", available: [1] }, { id: "p2" }, { id: "p3" }],
      requests: [
        { id: "r1", a: "p1", b: "p2", weight: 1 },
        { id: "r2", a: "p3", b: "p2", weight: 2 },
      ],
    };
    writeFileSync(path.join(dir, "in.json"), JSON.stringify(instance));
    const figures = run(["--instance", path.join(dir, "in.json"), "--out", path.join(dir, "out.json")]);
    const schedule = JSON.parse(readFileSync(path.join(dir, "out.json"), "utf8")) as Schedule;
    expect(findConflicts(instance, schedule)).toEqual([]);
    expect(schedule.meetings).toHaveLength(2);
    expect(figures).toMatchObject({ scheduled: 2, weight: 3, upper_bound: 3, conflicts: 0 });
  }, 60_000);
});
