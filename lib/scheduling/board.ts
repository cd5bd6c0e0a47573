// The scheduler's working state: which request sits in which slot, who is busy when, how full
// each slot is. Fixed placements are put on the board first and never leave it.
import type { Model } from "./model";
import type { Placement } from "./types";

export class Board {
  readonly slots: number;
  /** occupant[p * slots + s]: the request participant p meets in slot s, or -1. */
  readonly occupant: Int32Array;
  readonly slotOf: Int32Array;
  readonly fill: Int32Array;
  readonly fixed: Uint8Array;
  /** Meetings per participant. */
  readonly count: Int32Array;
  /** availableBefore[p * (slots + 1) + s]: slots before s in which p is available. */
  readonly availableBefore: Int32Array;
  fixedWeight = 0;

  constructor(readonly model: Model) {
    const { n, m, slots } = model;
    this.slots = slots;
    this.occupant = new Int32Array(n * slots).fill(-1);
    this.slotOf = new Int32Array(m).fill(-1);
    this.fill = new Int32Array(slots);
    this.fixed = new Uint8Array(m);
    this.count = new Int32Array(n);
    this.availableBefore = new Int32Array(n * (slots + 1));
    for (let p = 0; p < n; p++) {
      const base = p * (slots + 1);
      for (let s = 0; s < slots; s++) this.availableBefore[base + s + 1] = this.availableBefore[base + s]! + model.available[p * slots + s]!;
    }
  }

  /** Puts the fixed placements on the board; ones that clash with earlier ones only take room. */
  placeFixed(fixed: readonly Placement[]): void {
    for (const placement of fixed) {
      const e = this.model.requestNumber.get(placement.request);
      const s = placement.slot;
      if (!Number.isInteger(s) || s < 0 || s >= this.slots) continue;
      if (e !== undefined && this.slotOf[e] === -1 && this.isFree(e, s)) {
        this.place(e, s);
        this.fixed[e] = 1;
        this.fixedWeight += this.model.weight[e]!;
      } else {
        this.fill[s]!++;
      }
    }
  }

  isFree(e: number, s: number): boolean {
    const { slots } = this;
    const u = this.model.eu[e]!;
    const v = this.model.ev[e]!;
    return this.occupant[u * slots + s] === -1 && this.occupant[v * slots + s] === -1;
  }

  /** Both can meet in slot s (available) — whether they are free there is another question. */
  isCommon(e: number, s: number): boolean {
    const { slots, model } = this;
    return model.available[model.eu[e]! * slots + s] === 1 && model.available[model.ev[e]! * slots + s] === 1;
  }

  canPlace(e: number, s: number): boolean {
    return this.fill[s]! < this.model.tables && this.isCommon(e, s) && this.isFree(e, s);
  }

  place(e: number, s: number): void {
    const { slots, model } = this;
    const u = model.eu[e]!;
    const v = model.ev[e]!;
    this.occupant[u * slots + s] = e;
    this.occupant[v * slots + s] = e;
    this.slotOf[e] = s;
    this.fill[s]!++;
    this.count[u]!++;
    this.count[v]!++;
  }

  remove(e: number): void {
    const { slots, model } = this;
    const s = this.slotOf[e]!;
    const u = model.eu[e]!;
    const v = model.ev[e]!;
    this.occupant[u * slots + s] = -1;
    this.occupant[v * slots + s] = -1;
    this.slotOf[e] = -1;
    this.fill[s]!--;
    this.count[u]!--;
    this.count[v]!--;
  }

  /** Available slots of p strictly between slots a and b (a < b). */
  availableBetween(p: number, a: number, b: number): number {
    const base = p * (this.slots + 1);
    return b - a <= 1 ? 0 : this.availableBefore[base + b]! - this.availableBefore[base + a + 1]!;
  }

  /** Set by span(): the first and last meeting slot found (-1 when none). */
  first = -1;
  last = -1;

  /**
   * First and last meeting slot of p, ignoring slot `except`, into `first` and `last` (fields, not
   * a returned pair: this runs millions of times and a pair per call kept the collector busy).
   */
  span(p: number, except = -1): void {
    const { slots, occupant } = this;
    const base = p * slots;
    this.first = -1;
    this.last = -1;
    for (let s = 0; s < slots; s++) {
      if (s !== except && occupant[base + s] !== -1) {
        this.first = s;
        break;
      }
    }
    if (this.first === -1) return;
    this.last = this.first;
    for (let s = slots - 1; s > this.first; s--) {
      if (s !== except && occupant[base + s] !== -1) {
        this.last = s;
        break;
      }
    }
  }

  /** Idle slots of p if its meetings spanned first..last with `meetings` of them. */
  idleOf(p: number, first: number, last: number, meetings: number): number {
    if (meetings <= 1) return 0;
    return this.availableBetween(p, first, last) - (meetings - 2);
  }

  /** Idle slots of p: available slots between its first and last meeting without a meeting. */
  idle(p: number): number {
    this.span(p);
    return this.first === -1 ? 0 : this.idleOf(p, this.first, this.last, this.count[p]!);
  }

  /** Puts every non-fixed request back in the slot it had in `slotOf` (a copy taken earlier). */
  restore(slotOf: Int32Array): void {
    const { m } = this.model;
    for (let e = 0; e < m; e++) if (this.slotOf[e] !== -1 && this.slotOf[e] !== slotOf[e]) this.remove(e);
    for (let e = 0; e < m; e++) if (slotOf[e] !== -1 && this.slotOf[e] === -1) this.place(e, slotOf[e]!);
  }

  weight(): number {
    let total = 0;
    for (let e = 0; e < this.model.m; e++) if (this.slotOf[e] !== -1) total += this.model.weight[e]!;
    return total;
  }
}
