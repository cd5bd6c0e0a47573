// The baseline the scheduler has to beat: heaviest request first, each into the first slot where
// every party is available and free (has a representative left) and a table is left. Fixed
// placements are kept as they are.
import { Board } from "./board";
import { buildModel } from "./model";
import { MultiBoard } from "./multi-board";
import { assignTables } from "./tables";
import type { Instance, Schedule } from "./types";

export function greedySchedule(instance: Instance): Schedule {
  const model = buildModel(instance);
  const board = model.extended ? new MultiBoard(model) : new Board(model);
  const fixed = instance.fixed ?? [];
  board.placeFixed(fixed);
  const order = Array.from({ length: model.m }, (_, e) => e).sort((a, b) => model.weight[b]! - model.weight[a]! || a - b);
  for (const e of order) {
    if (board.slotOf[e] !== -1) continue;
    for (let s = 0; s < model.slots; s++) {
      if (board.canPlace(e, s)) {
        board.place(e, s);
        break;
      }
    }
  }
  return assignTables(board, fixed);
}
