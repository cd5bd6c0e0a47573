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
import { FlowGraph } from "./flow";
import { buildModel } from "./model";
import { MultiBoard } from "./multi-board";
import { relaxMulti } from "./multi-bound";
import type { Instance } from "./types";

export type Relaxation = {
  /** Optimal value of the relaxation for the requests not yet on the board. */
  value: number;
  /** Per request, its share in the optimal relaxed solution: 0, 0.5 or 1. */
  share: Float64Array;
  bipartite: boolean;
};

export function relax(board: Board): Relaxation {
  const { model } = board;
  const { n, m, slots, tables, eu, ev, weight, available, adjStart, adjEdges } = model;
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

  const side = twoColouring(board, open);
  const bipartite = side !== null;
  let room = 0;
  for (let s = 0; s < slots; s++) room += Math.max(0, tables - board.fill[s]!);

  // Nodes: 0 source, 1 sink, then participants (bipartite) or their left and right copies.
  const copies = bipartite ? 1 : 2;
  const graph = new FlowGraph(2 + copies * n, 2 * n + copies * m);
  const left = (p: number) => 2 + p;
  const right = (p: number) => 2 + (copies - 1) * n + p;
  for (let p = 0; p < n; p++) {
    if (degreeCap[p] === 0) continue;
    if (!side || side[p] === 0) graph.addArc(0, left(p), degreeCap[p]!, 0);
    if (!side || side[p] === 1) graph.addArc(right(p), 1, degreeCap[p]!, 0);
  }
  const arcs = new Int32Array(2 * m).fill(-1);
  for (let e = 0; e < m; e++) {
    if (!open[e]) continue;
    const [u, v] = side && side[eu[e]!] === 1 ? [ev[e]!, eu[e]!] : [eu[e]!, ev[e]!];
    arcs[2 * e] = graph.addArc(left(u), right(v), 1, -weight[e]!);
    if (!side) arcs[2 * e + 1] = graph.addArc(left(v), right(u), 1, -weight[e]!);
  }
  const cost = graph.minCostFlow(0, 1, copies * room);
  const share = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    for (let k = 0; k < 2; k++) if (arcs[2 * e + k]! >= 0) share[e]! += graph.flowOn(arcs[2 * e + k]!) / copies;
  }
  return { value: -cost / copies, share, bipartite };
}

/** Sides 0/1 for participants when the open requests form a bipartite graph, else null. */
function twoColouring(board: Board, open: Uint8Array): Int8Array | null {
  const { n, eu, ev, adjStart, adjEdges } = board.model;
  const side = new Int8Array(n).fill(-1);
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (side[start] !== -1) continue;
    side[start] = 0;
    stack.push(start);
    while (stack.length > 0) {
      const p = stack.pop()!;
      for (let k = adjStart[p]!; k < adjStart[p + 1]!; k++) {
        const e = adjEdges[k]!;
        if (!open[e]) continue;
        const q = eu[e] === p ? ev[e]! : eu[e]!;
        if (side[q] === -1) {
          side[q] = 1 - side[p]!;
          stack.push(q);
        } else if (side[q] === side[p]) return null;
      }
    }
  }
  return side;
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
