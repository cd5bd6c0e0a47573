// Local search after placement. Meetings move by Kempe chains: take meeting e in slot alpha and
// a slot beta; the meetings in alpha or beta form paths, and swapping alpha and beta along e's path
// keeps everyone in at most one meeting per slot. Only the two participants at the ends of the
// path change their slots, so only their idle gaps change: a cheap, exact delta.
import type { Board } from "./board";

const maxChain = 64;
const maxClimbPasses = 50;
/** Above this many meeting x slot pairs the exhaustive pass costs more than it brings. */
const fullSearchLimit = 2_000_000;
/**
 * Kick rounds: with the exhaustive pass each round costs more, so fewer. Measured: 10 rounds take
 * the event-size run from 0.3 to 0.6 s and idle slots from 0.3 to 0.19; 30 rounds at trade-fair
 * size take 1.5 s more for 5.5 -> 3.7. Doubling either bought little more.
 */
const roundsWithFullSearch = 10;
const roundsWithoutFullSearch = 30;
/**
 * How much a kick may raise the idle total: a participant's outer meeting moves into one of its
 * gaps even when that opens gaps elsewhere, and the climb that follows repairs them. Small kicks
 * (1-3) got stuck where 10 kept improving, on trade-fair instances.
 */
const kickCost = 10;

export function reduceIdle(board: Board, random: () => number, deadline: number): void {
  const { model, slots, occupant, slotOf, fixed } = board;
  const { n, m, eu, ev, tables } = model;
  const idleNow = new Int32Array(n);
  for (let p = 0; p < n; p++) idleNow[p] = board.idle(p);
  const chain = new Int32Array(maxChain);
  const targets = new Int32Array(maxChain);
  const ends = new Int32Array(2);
  const endFrom = new Int32Array(2);

  /** Idle change for p when its meeting in slot `from` moves to the free slot `to`. */
  const change = (p: number, from: number, to: number) => {
    board.span(p, from);
    const { first, last } = board;
    const after = first === -1 ? 0 : board.idleOf(p, Math.min(first, to), Math.max(last, to), board.count[p]!);
    return after - idleNow[p]!;
  };

  /** Collects e's alpha/beta path into `chain`; returns its length, or -1 if it cannot swap. */
  const collect = (e: number, alpha: number, beta: number): number => {
    let length = 0;
    chain[length++] = e;
    for (let side = 0; side < 2; side++) {
      let p = side === 0 ? eu[e]! : ev[e]!;
      let at = alpha;
      for (;;) {
        const want = at === alpha ? beta : alpha;
        const next = occupant[p * slots + want]!;
        if (next === -1) {
          ends[side] = p;
          endFrom[side] = at;
          break;
        }
        if (next === e || length >= maxChain || fixed[next]) return -1; // a cycle changes nobody's gaps
        chain[length++] = next;
        p = eu[next] === p ? ev[next]! : eu[next]!;
        at = want;
      }
    }
    return length;
  };

  /** Idle change if e's path moves from its slot to beta, or NaN when the swap is not allowed. */
  const evaluate = (e: number, beta: number): number => {
    const alpha = slotOf[e]!;
    const length = collect(e, alpha, beta);
    if (length < 0) return NaN;
    let net = 0;
    for (let c = 0; c < length; c++) {
      const f = chain[c]!;
      const to = slotOf[f] === alpha ? beta : alpha;
      if (!board.isCommon(f, to)) return NaN;
      net += to === beta ? 1 : -1;
    }
    if (board.fill[beta]! + net > tables || board.fill[alpha]! - net > tables) return NaN;
    return change(ends[0]!, endFrom[0]!, endFrom[0] === alpha ? beta : alpha) + change(ends[1]!, endFrom[1]!, endFrom[1] === alpha ? beta : alpha);
  };

  const apply = (e: number, beta: number) => {
    const alpha = slotOf[e]!;
    const length = collect(e, alpha, beta);
    for (let c = 0; c < length; c++) targets[c] = slotOf[chain[c]!] === alpha ? beta : alpha;
    for (let c = 0; c < length; c++) board.remove(chain[c]!);
    for (let c = 0; c < length; c++) board.place(chain[c]!, targets[c]!);
    idleNow[ends[0]!] = board.idle(ends[0]!);
    idleNow[ends[1]!] = board.idle(ends[1]!);
  };

  let totalIdle = 0;
  for (let p = 0; p < n; p++) totalIdle += idleNow[p]!;

  /**
   * Moves e to its best slot in from..to (only into p's gaps when p >= 0) when that changes the
   * idle total by at most `accept`: 0 also walks along plateaus, more kicks.
   * Equal choices are broken at random. True when the total went down.
   */
  const improveMeeting = (e: number, from: number, to: number, p: number, accept: number): boolean => {
    let bestDelta = accept + 1;
    let bestBeta = -1;
    let ties = 0;
    const alpha = slotOf[e]!;
    for (let beta = from; beta <= to; beta++) {
      if (beta === alpha || (p !== -1 && (occupant[p * slots + beta] !== -1 || !model.available[p * slots + beta]))) continue;
      const delta = evaluate(e, beta);
      if (delta < bestDelta) {
        bestDelta = delta;
        bestBeta = beta;
        ties = 1;
      } else if (delta === bestDelta && bestBeta !== -1 && random() * ++ties < 1) bestBeta = beta;
    }
    if (bestBeta === -1) return false;
    apply(e, bestBeta);
    totalIdle += bestDelta;
    return bestDelta < 0;
  };

  const people = Int32Array.from({ length: n }, (_, p) => p);
  const meetings = Int32Array.from({ length: m }, (_, e) => e);
  /** A participant's first or last meeting into one of its own gaps; true if any idle went away. */
  const closeGaps = (accept: number): boolean => {
    let improved = false;
    shuffle(people, random);
    for (let k = 0; k < n; k++) {
      const p = people[k]!;
      for (let moved = true; moved && idleNow[p]! > 0; ) {
        moved = false;
        for (const end of [0, 1]) {
          board.span(p);
          const { first, last } = board;
          const e = occupant[p * slots + (end === 0 ? first : last)]!;
          if (idleNow[p]! > 0 && !fixed[e] && improveMeeting(e, first + 1, last - 1, p, accept)) moved = improved = true;
        }
        if (accept > 0) break;
      }
    }
    return improved;
  };
  /** Every meeting to every slot: finds paths whose far ends gain. */
  const moveAnywhere = (): boolean => {
    let improved = false;
    shuffle(meetings, random);
    for (let k = 0; k < m; k++) {
      const e = meetings[k]!;
      if ((k & 255) === 0 && performance.now() > deadline) return false;
      if (slotOf[e] !== -1 && !fixed[e] && improveMeeting(e, 0, slots - 1, -1, 0)) improved = true;
    }
    return improved;
  };
  const climb = () => {
    for (let pass = 0; pass < maxClimbPasses && performance.now() < deadline; pass++) {
      if (closeGaps(0)) continue;
      if (m * slots > fullSearchLimit || !moveAnywhere()) return;
    }
  };

  climb();
  // Then rounds of sideways moves and kicks, each followed by a climb; the best board seen is kept.
  let best = totalIdle;
  let kept = slotOf.slice();
  const rounds = m * slots > fullSearchLimit ? roundsWithoutFullSearch : roundsWithFullSearch;
  for (let round = 0; round < rounds && performance.now() < deadline; round++) {
    closeGaps(round % 2 === 0 ? 0 : kickCost);
    climb();
    if (totalIdle < best) {
      best = totalIdle;
      kept = slotOf.slice();
    }
  }
  if (totalIdle > best) board.restore(kept);
}

function shuffle(items: Int32Array, random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
