// npm run bench:scheduler -- --participants 1000 --requests 5000 --slots 16 --tables 400
//                            [--availability 0.8] [--buyer-share 0.318] [--seed 1] [--time-limit-ms 25000]
//                            [--reps-max 1] [--group-share 0] [--seats 2]
// npm run bench:scheduler -- --instance <instance.json> [--out <schedule.json>] [--seed 1]
//
// Generates a random seller-buyer instance (lib/scheduling/generate.ts) or reads one, schedules it
// (lib/scheduling/schedule.ts), and checks the result with the independent checker. Progress goes
// to stderr; the last line on stdout is one JSON object with the figures (see README).
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { upperBound } from "@/lib/scheduling/bound";
import { findConflicts } from "@/lib/scheduling/check";
import { generateInstance, tradeFairBuyerShare } from "@/lib/scheduling/generate";
import { greedySchedule } from "@/lib/scheduling/greedy";
import { scheduleMetrics } from "@/lib/scheduling/metrics";
import { schedule } from "@/lib/scheduling/schedule";
import { instanceSchema } from "@/lib/scheduling/schemas";
import type { Instance } from "@/lib/scheduling/types";

const { values: options } = parseArgs({
  options: {
    participants: { type: "string", default: "1000" },
    requests: { type: "string", default: "5000" },
    slots: { type: "string", default: "16" },
    tables: { type: "string", default: "400" },
    availability: { type: "string", default: "0.8" },
    "buyer-share": { type: "string", default: String(tradeFairBuyerShare) },
    seed: { type: "string", default: "1" },
    "time-limit-ms": { type: "string" },
    "reps-max": { type: "string", default: "1" },
    "group-share": { type: "string", default: "0" },
    seats: { type: "string", default: "2" },
    instance: { type: "string" },
    out: { type: "string" },
  },
});

const log = (message: string) => process.stderr.write(`[bench:scheduler] ${message}\n`);
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

function loadInstance(seed: number): Instance {
  if (options.instance) return instanceSchema.parse(JSON.parse(readFileSync(options.instance, "utf8")));
  const numbers = ["participants", "requests", "slots", "tables"] as const;
  const [participants, requests, slots, tables] = numbers.map((name) => Number(options[name]));
  if (![participants, requests, slots, tables].every((value) => Number.isInteger(value) && value! > 0)) {
    throw new Error("--participants, --requests, --slots and --tables need positive whole numbers");
  }
  const availability = Number(options.availability);
  const buyerShare = Number(options["buyer-share"]);
  if (!(availability > 0 && availability <= 1) || !(buyerShare > 0 && buyerShare < 1)) throw new Error("--availability must be in (0, 1] and --buyer-share in (0, 1)");
  const { repsMax, groupShare, seats } = settings();
  return generateInstance({ participants: participants!, requests: requests!, slots: slots!, tables: tables!, availability, buyerShare, repsMax, groupShare, seats, seed });
}

/** --reps-max, --group-share and --seats (issue 20): representatives, group meetings, people per table. */
function settings(): { repsMax: number; groupShare: number; seats: number } {
  const repsMax = Number(options["reps-max"]);
  const groupShare = Number(options["group-share"]);
  const seats = Number(options.seats);
  if (!Number.isInteger(repsMax) || repsMax < 1) throw new Error("--reps-max needs a whole number of at least 1");
  if (!(groupShare >= 0 && groupShare <= 1)) throw new Error("--group-share must be in [0, 1]");
  if (!Number.isInteger(seats) || seats < 2) throw new Error("--seats needs a whole number of at least 2");
  if (groupShare > 0 && seats < 3) throw new Error("--group-share needs --seats 3 or more (a group meeting has 3-5 parties)");
  return { repsMax, groupShare, seats };
}

function main(): void {
  const seed = Number(options.seed);
  if (!Number.isInteger(seed)) throw new Error("--seed needs a whole number");
  const instance = loadInstance(seed);
  log(`${instance.participants.length} participants, ${instance.requests.length} requests, ${instance.slots} slots x ${instance.tables} tables`);
  const timeLimitMs = options["time-limit-ms"] === undefined ? undefined : Number(options["time-limit-ms"]);

  const started = performance.now();
  const result = schedule(instance, { seed, timeLimitMs });
  const ms = performance.now() - started;
  log(`scheduled in ${Math.round(ms)} ms`);
  if (options.out) writeFileSync(options.out, `${JSON.stringify(result)}\n`);

  const bound = upperBound(instance);
  const metrics = scheduleMetrics(instance, result);
  const greedy = scheduleMetrics(instance, greedySchedule(instance));
  const conflicts = findConflicts(instance, result);
  for (const conflict of conflicts.slice(0, 10)) log(`conflict: ${conflict}`);
  process.stdout.write(
    `${JSON.stringify({
      requests: instance.requests.length,
      scheduled: metrics.scheduled,
      weight: metrics.weight,
      upper_bound: round(bound),
      ratio: round(bound > 0 ? metrics.weight / bound : 1),
      participants_with_requests: metrics.participantsWithRequests,
      participants_with_meetings: metrics.participantsWithMeetings,
      avg_idle_slots: round(metrics.avgIdleSlots, 3),
      ms: Math.round(ms),
      conflicts: conflicts.length,
      greedy_ratio: round(bound > 0 ? greedy.weight / bound : 1),
      greedy_avg_idle_slots: round(greedy.avgIdleSlots, 3),
      greedy_participants_with_meetings: greedy.participantsWithMeetings,
      ...(options.instance ? {} : { reps_max: Number(options["reps-max"]), group_share: Number(options["group-share"]), seats: Number(options.seats) }),
    })}\n`,
  );
}

try {
  main();
} catch (error) {
  const message = error instanceof z.ZodError ? `invalid instance:\n${z.prettifyError(error)}` : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
