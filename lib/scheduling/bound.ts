// An upper bound on the best schedule's weight, and the choice of which requests to schedule.
//
// Relaxation: forget which slot each meeting gets and keep only that participant p meets at most
// b(p) times, where b(p) counts the slots in which p is available, not already busy with a fixed
// meeting, and could meet at least one of its partners; that a request needs one common usable
// slot; and that all meetings fit on the tables left. Every valid schedule satisfies these, so the
// best fractional solution of this b-matching LP bounds the optimum. On a bipartite graph (sellers
// and buyers) the LP has integral optima and is solved exactly as a min-cost flow. On a general
// graph the same flow on the bipartite double cover (each participant as a left and a right copy,
// each request both ways) has twice the LP's value, so half of it is still a valid bound.
import { Board } from "./board";
import { buildModel } from "./model";
import { MultiBoard } from "./multi-board";
import { relaxMulti } from "./multi-bound";
import { flowRelaxation, type Relaxation } from "./relaxation";
import type { Instance } from "./types";

export type { Relaxation };


export function relax(board: Board): Relaxation {
  const { model } = board;
  const { n, m, slots, tables, eu, ev, available, adjStart, adjEdges } = model;
  const usable = new Uint8Array(n * slots);
  for (let p = 0; p < n; p++) {
    for (let s = 0; s < slots; s++) {
      const i = p * slots + s;
      usable[i] = available[i] === 1 && board.occupant[i] === -1 && board.fill[s]! < tables ? 1 : 0;
    }
  }
  const open = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    if (board.slotOf[e] !== -1) continue;
    const u = eu[e]! * slots;
    const v = ev[e]! * slots;
    for (let s = 0; s < slots; s++) {
      if (usable[u + s]! & usable[v + s]!) {
        open[e] = 1;
        break;
      }
    }
  }

  const degreeCap = new Int32Array(n);
  const reachable = new Uint8Array(slots);
  for (let p = 0; p < n; p++) {
    reachable.fill(0);
    for (let k = adjStart[p]!; k < adjStart[p + 1]!; k++) {
      const e = adjEdges[k]!;
      if (!open[e]) continue;
      const q = (eu[e] === p ? ev[e]! : eu[e]!) * slots;
      for (let s = 0; s < slots; s++) reachable[s]! |= usable[q + s]!;
    }
    let cap = 0;
    for (let s = 0; s < slots; s++) cap += reachable[s]! & usable[p * slots + s]!;
    degreeCap[p] = cap;
  }

  let room = 0;
  for (let s = 0; s < slots; s++) room += Math.max(0, tables - board.fill[s]!);
  return flowRelaxation(model, open, degreeCap, room);
}

/** A proven upper bound on the total weight of any valid schedule of the instance (fixed meetings included). */
export function upperBound(instance: Instance): number {
  const model = buildModel(instance);
  if (model.extended) {
    // Representatives or group meetings: the LP bound of multi-bound.ts (proof there).
    const board = new MultiBoard(model);
    board.placeFixed(instance.fixed ?? []);
    return board.fixedWeight + relaxMulti(board).value;
  }
  const board = new Board(model);
  board.placeFixed(instance.fixed ?? []);
  return board.fixedWeight + relax(board).value;
}
