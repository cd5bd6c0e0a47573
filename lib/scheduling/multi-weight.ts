// Weight repair on the general board, as weight.ts does for 1:1 meetings: a request left out takes
// a slot from lighter meetings (the lightest one per party that is full there) when that raises
// the total; then ruin and recreate around left-out requests. Counted in iterations, not time.
import type { MultiBoard } from "./multi-board";
import type { MultiPlacer } from "./multi-place";

/**
 * The lightest non-fixed meetings whose removal lets e into slot s (one per full party, and one
 * more when the slot still has no table left), or null when fixed ones stand in the way.
 */
export function evictionsFor(board: MultiBoard, e: number, s: number, held: number[]): number[] | null {
  const { partyStart, parties, weight, tables } = board.model;
  const evicted: number[] = [];
  for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) {
    const p = parties[k]!;
    if (!board.isFull(p, s) || evicted.some((f) => board.hasParty(f, p))) continue;
    let lightest = -1;
    for (const f of board.meetingsOf(p, s, held)) if (!board.fixed[f] && (lightest === -1 || weight[f]! < weight[lightest]!)) lightest = f;
    if (lightest === -1) return null;
    evicted.push(lightest);
  }
  if (evicted.length === 0 && board.fill[s]! >= tables) {
    let lightest = -1;
    for (const f of board.meetingsIn(s, held)) if (!board.fixed[f] && (lightest === -1 || weight[f]! < weight[lightest]!)) lightest = f;
    if (lightest === -1) return null;
    evicted.push(lightest);
  }
  return evicted;
}

export function improveWeightMulti(board: MultiBoard, placer: MultiPlacer, bound: number, deadline: number): void {
  const { model, slots, slotOf } = board;
  const { m, weight } = model;
  const held: number[] = [];
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
    // A chain that ends by leaving out one meeting lighter than e still gains.
    if (placer.insert(e, 8, 500, weight[e]!)) {
      total = board.weight();
      continue;
    }
    let bestEvicted: number[] | null = null;
    let bestLoss = weight[e]!;
    for (let s = 0; s < slots; s++) {
      if (!board.isCommon(e, s)) continue;
      const evicted = evictionsFor(board, e, s, held);
      if (evicted === null) continue;
      const loss = evicted.reduce((sum, f) => sum + weight[f]!, 0);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestEvicted = evicted;
        bestEvicted.push(s);
      }
    }
    if (bestEvicted === null) continue;
    const s = bestEvicted.pop()!;
    for (const f of bestEvicted) board.remove(f);
    board.place(e, s);
    total += weight[e]! - bestLoss;
    for (const f of bestEvicted) if (placer.insert(f, 4, 200)) total += weight[f]!;
  }
}

/**
 * Ruin and recreate while the weight is below the bound: take all meetings of every party of a
 * request left out, re-place the left-out requests of everyone who got free time, heaviest first,
 * and keep the result when the weight did not drop.
 */
export function ruinAndRecreateMulti(board: MultiBoard, placer: MultiPlacer, bound: number, random: () => number, iterations: number, deadline: number): void {
  const { model, slots, slotOf, fixed } = board;
  const { m, weight, partyStart, parties, adjStart, adjEdges } = model;
  let best = board.weight();
  let kept = slotOf.slice();
  const left: number[] = [];
  const held: number[] = [];
  const touched = new Int32Array(model.n).fill(-1);
  const listed = new Int32Array(m).fill(-1);
  for (let iteration = 0; iteration < iterations && best < bound - 1e-9 && performance.now() < deadline; iteration++) {
    left.length = 0;
    for (let e = 0; e < m; e++) if (slotOf[e] === -1) left.push(e);
    if (left.length === 0) return;
    const target = left[Math.floor(random() * left.length)]!;
    left.length = 0;
    const ruin = (f: number) => {
      board.remove(f);
      listed[f] = iteration;
      left.push(f);
      for (let j = partyStart[f]!; j < partyStart[f + 1]!; j++) mark(parties[j]!);
    };
    const mark = (p: number) => {
      if (touched[p] === iteration) return;
      touched[p] = iteration;
      for (let k = adjStart[p]!; k < adjStart[p + 1]!; k++) {
        const e = adjEdges[k]!;
        if (slotOf[e] === -1 && listed[e] !== iteration) {
          listed[e] = iteration;
          left.push(e);
        }
      }
    };
    // Every other round also empties one slot the target could use if that slot has no table left.
    if (iteration % 2 === 1) {
      const s = Math.floor(random() * slots);
      if (board.fill[s]! >= model.tables && board.isCommon(target, s)) {
        for (const f of board.meetingsIn(s, held).slice()) if (!fixed[f]) ruin(f);
      }
    }
    for (let k = partyStart[target]!; k < partyStart[target + 1]!; k++) {
      const p = parties[k]!;
      for (let s = 0; s < slots; s++) {
        for (const f of board.meetingsOf(p, s, held).slice()) if (!fixed[f]) ruin(f);
      }
    }
    for (let k = partyStart[target]!; k < partyStart[target + 1]!; k++) mark(parties[k]!);
    const tieBreak = new Map(left.map((e) => [e, random()]));
    // Heaviest first, or (every third round) in random order, so that equal states are left too.
    if (iteration % 3 === 2) left.sort((a, b) => tieBreak.get(a)! - tieBreak.get(b)!);
    else left.sort((a, b) => weight[b]! - weight[a]! || tieBreak.get(a)! - tieBreak.get(b)!);
    const anywhere = iteration % 4 === 3;
    for (const e of left) {
      const s = anywhere ? placer.anySlot(e) : placer.bestSlot(e);
      if (s !== -1) board.place(e, s);
      else if (e === target) placer.insert(e, 4, 100);
      else placer.insert(e, 1, 20);
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
