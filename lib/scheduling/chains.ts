// Putting one request on the board: straight into its best free slot, or else by an ejection chain
// (take a slot where exactly one of the two is busy, evict that meeting and re-place it the same
// way, a few levels deep). In a bipartite graph this finds the alternating paths of Konig's
// edge-colouring proof, and it also respects each participant's own available slots.
import type { Board } from "./board";

export class Placer {
  private readonly visited: Int32Array;
  private stamp = 0;
  private nodes = 0;
  private budget = 0;

  constructor(
    private readonly board: Board,
    private readonly random: () => number,
  ) {
    this.visited = new Int32Array(board.model.m);
  }

  /** Extra idle slots p gets from a meeting in slot s, given its current span and count. */
  private addedIdle(p: number, s: number, first: number, last: number): number {
    if (first === -1) return 0;
    if (s < first) return this.board.availableBetween(p, s, first);
    if (s > last) return this.board.availableBetween(p, last, s);
    return -1;
  }

  /** The free slot for e that adds the fewest idle slots (then the emptiest), or -1. */
  bestSlot(e: number): number {
    const { board } = this;
    const { model } = board;
    const u = model.eu[e]!;
    const v = model.ev[e]!;
    board.span(u);
    const uFirst = board.first;
    const uLast = board.last;
    board.span(v);
    const vFirst = board.first;
    const vLast = board.last;
    let best = -1;
    let bestScore = Infinity;
    for (let s = 0; s < board.slots; s++) {
      if (!board.canPlace(e, s)) continue;
      const score = (this.addedIdle(u, s, uFirst, uLast) + this.addedIdle(v, s, vFirst, vLast)) * 1e6 + board.fill[s]!;
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  /** Places e if possible, moving other (non-fixed) meetings along a chain; true on success. */
  insert(e: number, maxDepth = 24, maxNodes = 4000): boolean {
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
    if (depth === 0) return false;
    const { slots, occupant, fixed } = board;
    const u = board.model.eu[e]!;
    const v = board.model.ev[e]!;
    const start = Math.floor(this.random() * slots);
    for (let k = 0; k < slots && this.nodes < this.budget; k++) {
      const s = (start + k) % slots;
      if (!board.isCommon(e, s)) continue;
      const atU = occupant[u * slots + s]!;
      const atV = occupant[v * slots + s]!;
      if ((atU === -1) === (atV === -1)) continue;
      const evicted = atU === -1 ? atV : atU;
      if (fixed[evicted] || this.visited[evicted] === this.stamp) continue;
      this.nodes++;
      this.visited[evicted] = this.stamp;
      board.remove(evicted);
      board.place(e, s);
      if (this.chain(evicted, depth - 1)) return true;
      board.remove(e);
      board.place(evicted, s);
    }
    return false;
  }
}
