// Weight repair after placement: a request left out takes a slot from lighter meetings when that
// raises the total (the evicted ones are re-placed elsewhere if they can be). Matters where the
// relaxation's choice could not all be placed, for instance on non-bipartite graphs, where the
// relaxation is fractional and can point at a set that no slot assignment realises.
import type { Board } from "./board";
import type { Placer } from "./chains";

export function improveWeight(board: Board, placer: Placer, bound: number, deadline: number): void {
  const { model, slots, occupant, slotOf, fixed } = board;
  const { m, eu, ev, weight, tables } = model;
  let total = board.weight();
  const order = Array.from({ length: m }, (_, e) => e).filter((e) => slotOf[e] === -1);
  order.sort((a, b) => weight[b]! - weight[a]! || a - b);
  for (const e of order) {
    if (total >= bound - 1e-9 || performance.now() > deadline) return;
    if (slotOf[e] !== -1) continue;
    if (placer.insert(e, 8, 500)) {
      total += weight[e]!;
      continue;
    }
    const u = eu[e]!;
    const v = ev[e]!;
    let bestSlot = -1;
    let bestLoss = weight[e]!;
    for (let s = 0; s < slots; s++) {
      if (!board.isCommon(e, s)) continue;
      const atU = occupant[u * slots + s]!;
      const atV = occupant[v * slots + s]!;
      if ((atU !== -1 && fixed[atU]) || (atV !== -1 && fixed[atV])) continue;
      if (atU === -1 && atV === -1 && board.fill[s]! >= tables) continue;
      const loss = (atU === -1 ? 0 : weight[atU]!) + (atV === -1 || atV === atU ? 0 : weight[atV]!);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestSlot = s;
      }
    }
    if (bestSlot === -1) continue;
    const evicted = [occupant[u * slots + bestSlot]!, occupant[v * slots + bestSlot]!].filter((f, i, all) => f !== -1 && all.indexOf(f) === i);
    for (const f of evicted) board.remove(f);
    board.place(e, bestSlot);
    total += weight[e]! - bestLoss;
    for (const f of evicted) if (placer.insert(f, 4, 200)) total += weight[f]!;
  }
}

/**
 * Ruin and recreate while the weight is below the bound: take all meetings of both participants
 * of a request left out, re-place the left-out requests of everyone who got free time, heaviest
 * first, and keep the result when the weight did not drop. Counted in iterations, not time, so a
 * run stays reproducible.
 */
export function ruinAndRecreate(board: Board, placer: Placer, bound: number, random: () => number, iterations: number, deadline: number): void {
  const { model, slots, occupant, slotOf, fixed } = board;
  const { m, eu, ev, weight } = model;
  let best = board.weight();
  let kept = slotOf.slice();
  const left: number[] = [];
  const touched = new Int32Array(model.n).fill(-1);
  for (let iteration = 0; iteration < iterations && best < bound - 1e-9 && performance.now() < deadline; iteration++) {
    left.length = 0;
    for (let e = 0; e < m; e++) if (slotOf[e] === -1) left.push(e);
    if (left.length === 0) return;
    const target = left[Math.floor(random() * left.length)]!;
    left.length = 0;
    // Only requests of participants who just got free time can gain from the re-placing.
    const mark = (p: number) => {
      if (touched[p] === iteration) return;
      touched[p] = iteration;
      for (let k = model.adjStart[p]!; k < model.adjStart[p + 1]!; k++) {
        const e = model.adjEdges[k]!;
        if (slotOf[e] === -1 && !left.includes(e)) left.push(e);
      }
    };
    for (const p of [eu[target]!, ev[target]!]) {
      for (let s = 0; s < slots; s++) {
        const f = occupant[p * slots + s]!;
        if (f !== -1 && !fixed[f]) {
          board.remove(f);
          mark(eu[f]!);
          mark(ev[f]!);
        }
      }
    }
    const tieBreak = new Map(left.map((e) => [e, random()]));
    left.sort((a, b) => weight[b]! - weight[a]! || tieBreak.get(a)! - tieBreak.get(b)!);
    for (const e of left) {
      const s = placer.bestSlot(e);
      if (s !== -1) board.place(e, s);
      else placer.insert(e, 4, 100);
    }
    const now = board.weight();
    if (now >= best) {
      best = now;
      kept = slotOf.slice();
      continue;
    }
    board.restore(kept);
  }
}
