// The b-matching relaxation as a min-cost flow, shared by the 1:1 bound (bound.ts, where the proof
// is) and the general one (multi-bound.ts, which passes representatives as degree caps).
import { FlowGraph } from "./flow";
import type { Model } from "./model";

export type Relaxation = {
  /** Optimal value of the relaxation for the requests not yet on the board. */
  value: number;
  /** Per request, its share in the optimal relaxed solution: 0, 0.5 or 1. */
  share: Float64Array;
  bipartite: boolean;
};

/**
 * The b-matching relaxation as a min-cost flow: each open request joins its first two parties
 * (eu, ev), participant p meets at most degreeCap[p] times, all meetings at most `room`. Exact on
 * a bipartite graph, half the flow on the double cover otherwise (bound.ts has the proof).
 */
export function flowRelaxation(model: Model, open: Uint8Array, degreeCap: Int32Array, room: number): Relaxation {
  const { n, m, eu, ev, weight } = model;
  const side = twoColouring(model, open);
  const bipartite = side !== null;

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
function twoColouring(model: Model, open: Uint8Array): Int8Array | null {
  const { n, m, eu, ev } = model;
  // Only the first two parties count here (flowRelaxation joins those), so adjacency by eu/ev.
  const adjStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    adjStart[eu[e]! + 1]!++;
    adjStart[ev[e]! + 1]!++;
  }
  for (let p = 0; p < n; p++) adjStart[p + 1]! += adjStart[p]!;
  const fill = adjStart.slice(0, n);
  const adjEdges = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    adjEdges[fill[eu[e]!]!++] = e;
    adjEdges[fill[ev[e]!]!++] = e;
  }
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

