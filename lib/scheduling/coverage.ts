// Second objective: as many participants as possible with at least one meeting. A participant
// left without one (its partners' time all went to heavier requests) takes the place of one of a
// partner's meetings whose other side keeps a meeting; the evicted request is then re-placed if it
// can be. Weight lost this way is capped at a small share of the total, so the schedule stays
// near-optimal in weight.
import type { Board } from "./board";
import type { Placer } from "./chains";

const coverageLossShare = 0.001;

export function improveCoverage(board: Board, placer: Placer, deadline: number): void {
  const { model, slots, occupant, count, fixed } = board;
  const { n, eu, ev, weight, adjStart, adjEdges, tables } = model;
  let budget = board.weight() * coverageLossShare;
  for (let p = 0; p < n && performance.now() < deadline; p++) {
    if (count[p]! > 0 || adjStart[p] === adjStart[p + 1]) continue;
    let best = -1;
    let bestSlot = -1;
    let bestEvicted = -1;
    let bestLoss = Infinity;
    for (let k = adjStart[p]!; k < adjStart[p + 1]!; k++) {
      const e = adjEdges[k]!;
      const q = eu[e] === p ? ev[e]! : eu[e]!;
      for (let s = 0; s < slots; s++) {
        if (!board.isCommon(e, s)) continue;
        const f = occupant[q * slots + s]!;
        let loss: number;
        if (f === -1) loss = board.fill[s]! < tables ? -weight[e]! : Infinity;
        else {
          const other = eu[f] === q ? ev[f]! : eu[f]!;
          loss = fixed[f] || count[other]! < 2 ? Infinity : weight[f]! - weight[e]!;
        }
        if (loss < bestLoss) {
          bestLoss = loss;
          best = e;
          bestSlot = s;
          bestEvicted = f;
        }
      }
    }
    if (best === -1 || bestLoss > budget) continue;
    if (bestEvicted !== -1) board.remove(bestEvicted);
    board.place(best, bestSlot);
    if (bestEvicted !== -1 && placer.insert(bestEvicted, 4, 200)) budget += weight[bestEvicted]!;
    budget -= bestLoss;
  }
}
