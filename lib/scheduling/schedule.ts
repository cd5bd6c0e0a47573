// The meeting scheduler. Steps:
//  1. fixed placements go on the board as they are;
//  2. the relaxation (bound.ts) picks which requests to schedule: a maximum-weight set that
//     respects every participant's usable slots and the tables (exact on seller-buyer graphs);
//  3. those requests are placed, the most loaded participants first, each in the free slot that
//     adds the fewest idle slots; the ones that find no free slot get an ejection chain (chains.ts);
//  4. while the weight is below the bound: requests left out are tried, heaviest first, also in
//     place of lighter meetings, then ruin and recreate (weight.ts);
//  5. participants still without a meeting get one where this costs no or very little weight
//     (coverage.ts), then Kempe-chain moves close idle gaps (idle.ts);
//  6. table numbers: fixed ones kept, the lowest free one for the rest (tables.ts).
// Instances with representatives or group meetings take the general path (multi-schedule.ts).
// Deterministic for a given input and seed (seeded generator, work counted in iterations, not
// time) unless timeLimitMs cuts the work short; the default limit is far above what the
// benchmark sizes need.
import { mulberry32 } from "@/lib/random/seeded";
import { Board } from "./board";
import { relax } from "./bound";
import { Placer } from "./chains";
import { improveCoverage } from "./coverage";
import { reduceIdle } from "./idle";
import { buildModel } from "./model";
import { scheduleMulti } from "./multi-schedule";
import { improveWeight, ruinAndRecreate } from "./weight";
import { assignTables } from "./tables";
import type { Instance, Schedule } from "./types";

export type ScheduleOptions = { seed?: number; timeLimitMs?: number };

export function schedule(instance: Instance, options: ScheduleOptions = {}): Schedule {
  const deadline = performance.now() + (options.timeLimitMs ?? 25_000);
  const model = buildModel(instance);
  const fixed = instance.fixed ?? [];
  const random = mulberry32(options.seed ?? 1);
  // Representatives or group meetings: the general path (multi-schedule.ts); 1:1 stays below.
  if (model.extended) return scheduleMulti(model, fixed, random, deadline);
  const board = new Board(model);
  board.placeFixed(fixed);
  const placer = new Placer(board, random);
  const { share, value } = relax(board);

  // Load: how much of a participant's free, available time the chosen requests would fill.
  const { n, m, slots, eu, ev, weight, available } = model;
  const demand = new Float64Array(n);
  const capacity = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    demand[eu[e]!]! += share[e]!;
    demand[ev[e]!]! += share[e]!;
  }
  for (let p = 0; p < n; p++) {
    for (let s = 0; s < slots; s++) capacity[p]! += available[p * slots + s]! && board.occupant[p * slots + s] === -1 ? 1 : 0;
  }
  const load = (p: number) => (capacity[p]! > 0 ? demand[p]! / capacity[p]! : 0);
  const pressure = new Float64Array(m);
  for (let e = 0; e < m; e++) pressure[e] = Math.max(load(eu[e]!), load(ev[e]!));

  const open = (e: number) => board.slotOf[e] === -1;
  const chosen = Array.from({ length: m }, (_, e) => e).filter((e) => open(e) && share[e]! > 0);
  chosen.sort((a, b) => share[b]! - share[a]! || pressure[b]! - pressure[a]! || weight[b]! - weight[a]! || a - b);
  const unfit: number[] = [];
  for (const e of chosen) {
    const s = placer.bestSlot(e);
    if (s === -1) unfit.push(e);
    else board.place(e, s);
  }
  for (const e of unfit) placer.insert(e);
  const bound = board.fixedWeight + value;
  improveWeight(board, placer, bound, deadline);
  ruinAndRecreate(board, placer, bound, random, Math.min(500, Math.floor(5e7 / Math.max(1, m * slots))), deadline);

  improveCoverage(board, placer, deadline);
  reduceIdle(board, random, deadline);
  return assignTables(board, fixed);
}
