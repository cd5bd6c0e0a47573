// npm run bench:live -- --participants 2200 --requests 50000 --slots 120 --tables 500 --events 200 --seed 1
//                       [--reps-max 1] [--group-share 0] [--seats 2] [--availability 0.8] [--buyer-share 0.318]
//
// The event day, live: generates an instance (lib/scheduling/generate.ts; representatives and
// groups added by scripts/bench/live-day.ts), schedules it with schedule() (not part of the refill
// figures) and publishes the result (every placed meeting becomes fixed), then replays --events
// random happenings in time order (cancellations, no-shows, walk-in requests), each followed by a
// timed refill (lib/scheduling/live.ts) and checked with the independent checker. Progress goes to
// stderr; the last line on stdout is one JSON object with the figures (see README "bench:live").
import { parseArgs } from "node:util";
import { listConflicts } from "@/lib/scheduling/check";
import { generateInstance, tradeFairBuyerShare } from "@/lib/scheduling/generate";
import { schedule } from "@/lib/scheduling/schedule";
import type { Placement } from "@/lib/scheduling/types";
import { percentile } from "./figures";
import { addRepresentativesAndGroups, replayDay } from "./live-day";

const { values: options } = parseArgs({
  options: {
    participants: { type: "string", default: "2200" },
    requests: { type: "string", default: "50000" },
    slots: { type: "string", default: "120" },
    tables: { type: "string", default: "500" },
    events: { type: "string", default: "200" },
    seed: { type: "string", default: "1" },
    "reps-max": { type: "string", default: "1" },
    "group-share": { type: "string", default: "0" },
    seats: { type: "string", default: "2" },
    availability: { type: "string", default: "0.8" },
    "buyer-share": { type: "string", default: String(tradeFairBuyerShare) },
  },
});

const log = (message: string) => process.stderr.write(`[bench:live] ${message}\n`);
const ms = (value: number) => Math.round(value * 10) / 10;

function wholeNumber(name: keyof typeof options, min: number): number {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} needs a whole number of at least ${min}`);
  return value;
}

function main(): void {
  const [participants, requests, slots, tables, events, repsMax, seats] = (["participants", "requests", "slots", "tables", "events", "reps-max", "seats"] as const).map((name) =>
    wholeNumber(name, name === "events" ? 0 : name === "seats" ? 2 : 1),
  );
  const seed = wholeNumber("seed", 0);
  const availability = Number(options.availability);
  const buyerShare = Number(options["buyer-share"]);
  const groupShare = Number(options["group-share"]);
  if (!(availability > 0 && availability <= 1) || !(buyerShare > 0 && buyerShare < 1) || !(groupShare >= 0 && groupShare <= 1)) {
    throw new Error("--availability must be in (0, 1], --buyer-share in (0, 1) and --group-share in [0, 1]");
  }
  const generated = generateInstance({ participants: participants!, requests: requests!, slots: slots!, tables: tables!, availability, buyerShare, seed });
  const instance = addRepresentativesAndGroups(generated, { repsMax: repsMax!, groupShare, seats: seats!, seed });
  log(`${participants} participants, ${requests} requests, ${slots} slots x ${tables} tables, reps 1..${repsMax}, group share ${groupShare}, seats ${seats}`);

  const started = performance.now();
  let published: Placement[] = schedule(instance, { seed }).meetings;
  const scheduleMs = performance.now() - started;
  // A scheduler that does not know representatives or groups yet may overbook a group's members:
  // such meetings are not published (they wait like any unplaced request) and are counted apart.
  let scheduleConflicts = 0;
  for (let round = 0; round < 10; round++) {
    const involved = new Set(listConflicts(instance, { meetings: published }).flatMap((conflict) => conflict.requests));
    if (involved.size === 0) break;
    scheduleConflicts += involved.size;
    published = published.filter((placement) => !involved.has(placement.request));
  }
  log(`scheduled ${published.length} of ${instance.requests.length} in ${Math.round(scheduleMs)} ms (${scheduleConflicts} held back for conflicts); replaying ${events} happenings`);

  const day = replayDay(instance, published, events!, seed, log);
  const refill = [...day.refill_ms].sort((a, b) => a - b);
  const free = [...day.free_list_ms].sort((a, b) => a - b);
  log(`${day.cancellations} cancellations, ${day.no_shows} no-shows, ${day.walk_ins} walk-ins (${day.walk_ins_placed} placed), ${day.placed_live} placed live, ${day.waiting_last} still waiting`);
  process.stdout.write(
    `${JSON.stringify({
      happenings: day.happenings,
      refill_p50_ms: ms(percentile(refill, 0.5)),
      refill_p95_ms: ms(percentile(refill, 0.95)),
      published_moved: day.published_moved,
      conflicts: day.conflicts,
      freed_slots: day.freed_slots,
      refilled_slots: day.refilled_slots,
      refill_max_ms: ms(refill.at(-1) ?? 0),
      free_list_p95_ms: ms(percentile(free, 0.95)),
      cancellations: day.cancellations,
      no_shows: day.no_shows,
      walk_ins: day.walk_ins,
      walk_ins_placed: day.walk_ins_placed,
      placed_live: day.placed_live,
      waiting_last: day.waiting_last,
      published: published.length,
      schedule_ms: Math.round(scheduleMs),
      schedule_conflicts: scheduleConflicts,
    })}\n`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
