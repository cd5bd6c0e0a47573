// Smoke test of npm run bench:live at a tiny size: the script runs as a process, replays every
// happening, and its last line is the JSON the README documents, with nothing moved and no conflict.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { generateInstance } from "@/lib/scheduling/generate";
import { refill, type LiveInput } from "@/lib/scheduling/live";
import { addRepresentativesAndGroups, replayDay } from "./live-day";

const run = (args: string[]) => {
  const stdout = execFileSync(process.execPath, ["--import", "tsx", "scripts/bench/live.ts", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, number>;
};

describe("bench:live", () => {
  it("replays the happenings of a small event day with representatives and groups and prints the figures", () => {
    const args = ["--participants", "60", "--requests", "300", "--slots", "10", "--tables", "15", "--events", "40", "--seed", "3", "--reps-max", "2", "--group-share", "0.1", "--seats", "5"];
    const figures = run(args);
    expect(Object.keys(figures).slice(0, 7)).toEqual(["happenings", "refill_p50_ms", "refill_p95_ms", "published_moved", "conflicts", "freed_slots", "refilled_slots"]);
    expect(figures).toMatchObject({ happenings: 40, published_moved: 0, conflicts: 0 });
    expect(figures.cancellations! + figures.no_shows! + figures.walk_ins!).toBe(40);
    expect(figures.freed_slots).toBeGreaterThan(0);
    expect(figures.refilled_slots).toBeGreaterThan(0);
    expect(figures.refilled_slots).toBeLessThanOrEqual(figures.freed_slots!);
    expect(figures.refill_p95_ms).toBeGreaterThanOrEqual(figures.refill_p50_ms!);
    const again = run(args);
    for (const key of ["freed_slots", "refilled_slots", "placed_live", "walk_ins_placed", "waiting_last", "published"]) expect(again[key]).toBe(figures[key]);
  }, 120_000);

  it("refuses a bad option", () => {
    expect(() => execFileSync(process.execPath, ["--import", "tsx", "scripts/bench/live.ts", "--slots", "0"], { stdio: "ignore" })).toThrow();
  }, 60_000);
});

describe("addRepresentativesAndGroups", () => {
  it("draws 1..R representatives and turns about the given share of requests into groups of 3-5 distinct parties", () => {
    const base = generateInstance({ participants: 200, requests: 2000, slots: 4, tables: 50, availability: 0.8, seed: 9 });
    const day = addRepresentativesAndGroups(base, { repsMax: 3, groupShare: 0.25, seats: 5, seed: 9 });
    expect(new Set(day.participants.map((p) => p.representatives))).toEqual(new Set([1, 2, 3]));
    const groups = day.requests.filter((request) => request.others);
    expect(groups.length / day.requests.length).toBeGreaterThan(0.2);
    expect(groups.length / day.requests.length).toBeLessThan(0.3);
    for (const group of groups) {
      const parties = [group.a, group.b, ...group.others!];
      expect(parties.length).toBeGreaterThanOrEqual(3);
      expect(parties.length).toBeLessThanOrEqual(5);
      expect(new Set(parties).size).toBe(parties.length);
    }
    expect(day.seats).toBe(5);
    expect(addRepresentativesAndGroups(base, { repsMax: 3, groupShare: 0.25, seats: 5, seed: 9 })).toEqual(day);
  });
});

describe("replayDay", () => {
  const day = generateInstance({ participants: 30, requests: 120, slots: 8, tables: 10, availability: 0.8, seed: 4 });
  const published = refill({ instance: day, fromSlot: 0, waiting: day.requests.map((r) => r.id) }).placed;

  it("finds nothing wrong with refill", () => {
    expect(replayDay(day, published, 30, 4, () => {})).toMatchObject({ happenings: 30, published_moved: 0, conflicts: 0 });
  });

  it("catches a re-scheduler that moves a published meeting", () => {
    const messages: string[] = [];
    const moving = (input: LiveInput) => {
      const result = refill(input);
      const victim = input.instance.fixed!.find((meeting) => meeting.slot >= input.fromSlot);
      return victim ? { ...result, placed: [...result.placed, { ...victim, slot: input.fromSlot === victim.slot ? victim.slot + 1 : input.fromSlot }] } : result;
    };
    const figures = replayDay(day, published, 30, 4, (message) => messages.push(message), moving);
    expect(figures.published_moved).toBeGreaterThan(0);
    expect(figures.conflicts).toBeGreaterThan(0);
    expect(messages.some((message) => message.startsWith("conflict"))).toBe(true);
  });
});
