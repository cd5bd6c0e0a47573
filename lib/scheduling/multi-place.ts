// Putting one request on the general board (representatives, group meetings): straight into its
// best free slot, or else by an ejection chain, as chains.ts does for 1:1 meetings: take a slot
// where every party is available and one meeting is all that stands in the way (it holds the last
// free representative of every party that is full there), evict it, and re-place it the same way.
import type { MultiBoard } from "./multi-board";

export class MultiPlacer {
  private readonly visited: Int32Array;
  private stamp = 0;
  private nodes = 0;
  private budget = 0;
  private readonly firsts: number[] = [];
  private readonly lasts: number[] = [];
  private readonly held: number[] = [];

  constructor(
    private readonly board: MultiBoard,
    private readonly random: () => number,
  ) {
    this.visited = new Int32Array(board.model.m);
  }

  /** The free slot for e that adds the fewest idle slots to its parties (then the emptiest), or -1. */
  bestSlot(e: number): number {
    const { board, firsts, lasts } = this;
    const { partyStart, parties } = board.model;
    const from = partyStart[e]!;
    const to = partyStart[e + 1]!;
    for (let k = from; k < to; k++) {
      board.span(parties[k]!);
      firsts[k - from] = board.first;
      lasts[k - from] = board.last;
    }
    let best = -1;
    let bestScore = Infinity;
    for (let s = 0; s < board.slots; s++) {
      if (!board.canPlace(e, s)) continue;
      let added = 0;
      for (let k = from; k < to; k++) {
        const p = parties[k]!;
        const first = firsts[k - from]!;
        const last = lasts[k - from]!;
        if (first === -1) continue;
        if (s < first) added += board.availableBetween(p, s, first);
        else if (s > last) added += board.availableBetween(p, last, s);
        else if (board.load[p * board.slots + s] === 0) added--;
      }
      const score = added * 1e6 + board.fill[s]!;
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  /** A free slot for e drawn at random (ruin and recreate uses it to leave a local optimum), or -1. */
  anySlot(e: number): number {
    const { board } = this;
    let chosen = -1;
    let seen = 0;
    for (let s = 0; s < board.slots; s++) if (board.canPlace(e, s) && this.random() * ++seen < 1) chosen = s;
    return chosen;
  }

  /**
   * The one meeting whose removal would let e into slot s (it holds a representative of every
   * party of e that is full in s, or, when none is, it frees a table there), skipping fixed ones
   * and those `skip` rejects; -1 when none.
   */
  blocker(e: number, s: number, skip: (f: number) => boolean): number {
    const { board, held } = this;
    const { partyStart, parties } = board.model;
    let full = -1;
    for (let k = partyStart[e]!; k < partyStart[e + 1]! && full === -1; k++) if (board.isFull(parties[k]!, s)) full = parties[k]!;
    if (full === -1) {
      if (board.fill[s]! < board.model.tables) return -1;
      board.meetingsIn(s, held);
      const start = Math.floor(this.random() * held.length);
      for (let i = 0; i < held.length; i++) {
        const f = held[(start + i) % held.length]!;
        if (!board.fixed[f] && !skip(f)) return f;
      }
      return -1;
    }
    board.meetingsOf(full, s, held);
    for (const f of held) {
      if (board.fixed[f] || skip(f)) continue;
      let frees = true;
      for (let k = partyStart[e]!; k < partyStart[e + 1]! && frees; k++) {
        const p = parties[k]!;
        frees = !board.isFull(p, s) || board.hasParty(f, p);
      }
      if (frees) return f;
    }
    return -1;
  }

  /** Meetings lighter than this may be left out at the end of a chain (0: none). */
  private dropBelow = 0;
  private root = -1;

  /**
   * Places e if possible, moving other (non-fixed) meetings along a chain; true on success. With
   * `dropBelow` > 0 the chain may end by leaving out one moved meeting lighter than that.
   */
  insert(e: number, maxDepth = 24, maxNodes = 4000, dropBelow = 0): boolean {
    this.dropBelow = dropBelow;
    this.root = e;
    for (let depth = 1; depth <= maxDepth; depth *= 2) {
      this.stamp++;
      this.visited[e] = this.stamp;
      this.nodes = 0;
      this.budget = Math.min(maxNodes, 50 * depth * depth);
      if (this.chain(e, depth)) return true;
    }
    return false;
  }

  private chain(e: number, depth: number): boolean {
    const { board } = this;
    const direct = this.bestSlot(e);
    if (direct !== -1) {
      board.place(e, direct);
      return true;
    }
    if (depth === 0) return e !== this.root && board.model.weight[e]! < this.dropBelow;
    const { slots } = board;
    const start = Math.floor(this.random() * slots);
    const seen = (f: number) => this.visited[f] === this.stamp;
    for (let k = 0; k < slots && this.nodes < this.budget; k++) {
      const s = (start + k) % slots;
      if (!board.isCommon(e, s)) continue;
      const evicted = this.blocker(e, s, seen);
      if (evicted === -1) continue;
      this.nodes++;
      this.visited[evicted] = this.stamp;
      board.remove(evicted);
      board.place(e, s);
      if (this.chain(evicted, depth - 1)) return true;
      board.remove(e);
      board.place(evicted, s);
    }
    return e !== this.root && board.model.weight[e]! < this.dropBelow;
  }
}
