// Table numbers: fixed placements keep theirs; every other meeting takes the lowest free table of
// its slot. Which table a new meeting gets does not matter to the objective.
import type { Board } from "./board";
import type { MultiBoard } from "./multi-board";
import type { Placement, Schedule } from "./types";

export function assignTables(board: Board | MultiBoard, fixed: readonly Placement[]): Schedule {
  const { model, slotOf } = board;
  const taken = Array.from({ length: model.slots }, () => new Set<number>());
  for (const placement of fixed) taken[placement.slot]?.add(placement.table);
  const nextTable = new Int32Array(model.slots);
  const meetings: Placement[] = [...fixed];
  const order = Array.from({ length: model.m }, (_, e) => e).filter((e) => slotOf[e] !== -1 && !board.fixed[e]);
  order.sort((a, b) => slotOf[a]! - slotOf[b]! || a - b);
  for (const e of order) {
    const slot = slotOf[e]!;
    let table = nextTable[slot]!;
    while (taken[slot]!.has(table)) table++;
    nextTable[slot] = table + 1;
    meetings.push({ request: model.requestIds[e]!, slot, table });
  }
  return { meetings };
}
