// The second and third objectives on the general board, as coverage.ts and idle.ts do for 1:1
// meetings. Coverage: a participant without a meeting takes a slot from a meeting whose parties
// all keep another one, within a small share of the weight. Idle slots: meetings move one at a
// time to a free slot where their parties' idle total drops (no Kempe chains: with several
// representatives and groups a slot swap does not follow single paths).
import type { MultiBoard } from "./multi-board";
import type { MultiPlacer } from "./multi-place";

const coverageLossShare = 0.001;
const maxIdlePasses = 30;
const swapLimit = 2_000_000;

export function improveCoverageMulti(board: MultiBoard, placer: MultiPlacer, deadline: number): void {
  const { model, slots, count } = board;
  const { n, weight, adjStart, adjEdges, tables, partyStart, parties } = model;
  let budget = board.weight() * coverageLossShare;
  const keepsAnother = (f: number) => {
    for (let k = partyStart[f]!; k < partyStart[f + 1]!; k++) if (count[parties[k]!]! < 2) return false;
    return true;
  };
  for (let p = 0; p < n && performance.now() < deadline; p++) {
    if (count[p]! > 0 || adjStart[p] === adjStart[p + 1]) continue;
    let best = -1;
    let bestSlot = -1;
    let bestEvicted = -1;
    let bestLoss = Infinity;
    for (let k = adjStart[p]!; k < adjStart[p + 1]!; k++) {
      const e = adjEdges[k]!;
      if (board.slotOf[e] !== -1) continue;
      for (let s = 0; s < slots; s++) {
        if (!board.isCommon(e, s)) continue;
        let loss = Infinity;
        let evicted = -1;
        if (board.isFree(e, s)) loss = board.fill[s]! < tables ? -weight[e]! : Infinity;
        else {
          evicted = placer.blocker(e, s, (f) => !keepsAnother(f));
          if (evicted !== -1) loss = weight[evicted]! - weight[e]!;
        }
        if (loss < bestLoss) {
          bestLoss = loss;
          best = e;
          bestSlot = s;
          bestEvicted = evicted;
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

/**
 * Meetings move one at a time to the free slot where their parties' idle total drops most. A
 * party's idle count is (available slots in its span) - (slots it meets in), so the change of a
 * move is O(1) per party and slot once the party's span without the moved meeting is known.
 */
export function reduceIdleMulti(board: MultiBoard, placer: MultiPlacer, random: () => number, deadline: number): void {
  const { model, slots, slotOf, fixed, load, used } = board;
  const { m, partyStart, parties } = model;
  // Passes over all meetings, fewer on large instances (each costs about meetings x slots).
  const passes = Math.max(2, Math.min(maxIdlePasses, Math.floor(1.2e7 / Math.max(1, m * slots))));
  const firsts: number[] = [];
  const lasts: number[] = [];
  const usedAfter: number[] = [];
  const idleBefore: number[] = [];
  const order = Int32Array.from({ length: m }, (_, e) => e);
  const totalIdle = () => {
    let total = 0;
    for (let p = 0; p < model.n; p++) total += board.idle(p);
    return total;
  };
  let best = totalIdle();
  let kept = slotOf.slice();
  let lastBetter = 0;
  // Swaps: e into a slot where one meeting f stands in its way, f into e's slot, when the idle
  // total of their parties drops. Too costly on large instances (like idle.ts's full search).
  const swaps = m * slots <= swapLimit;
  const seen = new Int32Array(model.n);
  let stamp = 0;
  const idleOf = (e: number, f: number) => {
    stamp++;
    let idle = 0;
    for (const g of [e, f]) {
      for (let k = partyStart[g]!; k < partyStart[g + 1]!; k++) {
        const p = parties[k]!;
        if (seen[p] === stamp) continue;
        seen[p] = stamp;
        idle += board.idle(p);
      }
    }
    return idle;
  };
  const spanFirst: number[] = [];
  const spanLast: number[] = [];
  /** Slot s is a gap (an idle slot) of one of e's parties. */
  const fillsGap = (e: number, s: number) => {
    for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) {
      const p = parties[k]!;
      const i = k - partyStart[e]!;
      if (spanFirst[i]! < s && s < spanLast[i]! && load[p * slots + s] === 0) return true;
    }
    return false;
  };
  const swap = (e: number, idleOfE: number) => {
    const from = slotOf[e]!;
    for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) {
      board.span(parties[k]!);
      spanFirst[k - partyStart[e]!] = board.first;
      spanLast[k - partyStart[e]!] = board.last;
    }
    for (let s = 0; s < slots; s++) {
      if (s === from || !fillsGap(e, s) || !board.isCommon(e, s)) continue;
      const f = placer.blocker(e, s, (g) => !board.isCommon(g, from));
      if (f === -1) continue;
      const before = idleOf(e, f);
      if (before === 0 || idleOfE === 0) continue;
      board.remove(e);
      board.remove(f);
      if (board.canPlace(e, s)) {
        board.place(e, s);
        if (board.canPlace(f, from)) {
          board.place(f, from);
          if (idleOf(e, f) < before) return;
          board.remove(f);
        }
        board.remove(e);
      }
      board.place(e, from);
      board.place(f, s);
    }
  };
  for (let pass = 0; pass < passes && performance.now() < deadline; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // Every other pass also takes sideways moves (same idle total), drawn at random among equals,
    // to leave plateaus; the best board seen is kept.
    const sideways = pass % 2 === 1;
    for (const e of order) {
      const from = slotOf[e]!;
      if (from === -1 || fixed[e]) continue;
      const start = partyStart[e]!;
      const size = partyStart[e + 1]! - start;
      let before = 0;
      for (let k = 0; k < size; k++) {
        idleBefore[k] = board.idle(parties[start + k]!);
        before += idleBefore[k]!;
      }
      if (before === 0) continue;
      board.remove(e);
      for (let k = 0; k < size; k++) {
        const p = parties[start + k]!;
        board.span(p);
        firsts[k] = board.first;
        lasts[k] = board.last;
        usedAfter[k] = used[p]!;
      }
      let bestSlot = from;
      let bestIdle = before;
      let ties = 1;
      for (let s = 0; s < slots; s++) {
        if (s === from || !board.canPlace(e, s)) continue;
        let idle = 0;
        for (let k = 0; k < size && idle <= bestIdle; k++) {
          const p = parties[start + k]!;
          const first = firsts[k]!;
          if (first === -1) continue;
          const meets = usedAfter[k]! + (load[p * slots + s] === 0 ? 1 : 0);
          idle += board.availableFrom(p, Math.min(first, s), Math.max(lasts[k]!, s)) - meets;
        }
        if (idle < bestIdle) {
          bestIdle = idle;
          bestSlot = s;
          ties = 1;
        } else if (sideways && idle === bestIdle && random() * ++ties < 1) bestSlot = s;
      }
      board.place(e, bestSlot);
      if (bestSlot === from && swaps && !sideways) swap(e, before);
    }
    const total = totalIdle();
    if (total < best) {
      best = total;
      kept = slotOf.slice();
      lastBetter = pass;
    } else if (pass - lastBetter >= 4) break;
  }
  if (totalIdle() > best) board.restore(kept);
}
