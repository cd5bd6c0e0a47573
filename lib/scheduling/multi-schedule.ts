// The scheduler's general path, for instances with representatives or group meetings
// (model.extended); schedule.ts runs it in place of the 1:1 steps. Same steps, on the general board:
//  1. fixed placements go on the board as they are;
//  2. the relaxation (multi-bound.ts) picks the requests: the flow's choice when there is no group,
//     else those whose weight covers their parties' LP prices; groups first (they need a slot
//     free for all);
//  3. they are placed, each in the free slot adding the fewest idle slots, else by an ejection chain;
//  4. while below the bound: left-out requests replace lighter meetings, then ruin and recreate;
//  5. participants without a meeting get one where it costs very little; meetings move to close
//     idle gaps; tables are numbered (tables.ts).
import { MultiBoard } from "./multi-board";
import { relaxMulti } from "./multi-bound";
import { MultiPlacer } from "./multi-place";
import { improveCoverageMulti, reduceIdleMulti } from "./multi-polish";
import { improveWeightMulti, ruinAndRecreateMulti } from "./multi-weight";
import type { Model } from "./model";
import { assignTables } from "./tables";
import type { Placement, Schedule } from "./types";

export function scheduleMulti(model: Model, fixed: readonly Placement[], random: () => number, deadline: number): Schedule {
  const board = new MultiBoard(model);
  board.placeFixed(fixed);
  const placer = new MultiPlacer(board, random);
  const { value, chosen: picked, priority } = relaxMulti(board);
  const { m, weight, partyStart } = model;
  const size = (e: number) => partyStart[e + 1]! - partyStart[e]!;

  const chosen = Array.from({ length: m }, (_, e) => e).filter((e) => board.slotOf[e] === -1 && picked[e] === 1);
  chosen.sort((a, b) => size(b) - size(a) || priority[b]! - priority[a]! || weight[b]! - weight[a]! || a - b);
  const unfit: number[] = [];
  for (const e of chosen) {
    const s = placer.bestSlot(e);
    if (s === -1) unfit.push(e);
    else board.place(e, s);
  }
  for (const e of unfit) placer.insert(e);
  const bound = board.fixedWeight + value;
  improveWeightMulti(board, placer, bound, deadline);
  const slotsTimesRequests = Math.max(1, m * model.slots);
  ruinAndRecreateMulti(board, placer, bound, random, Math.min(500, Math.floor(5e7 / slotsTimesRequests)), deadline);
  improveCoverageMulti(board, placer, deadline);
  reduceIdleMulti(board, placer, random, deadline);
  return assignTables(board, fixed);
}
