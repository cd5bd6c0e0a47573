// The general scheduler's working state, for instances with representatives or group meetings
// (model.extended). Where the 1:1 board (board.ts) keeps one occupant per participant and slot,
// this one keeps, per participant and slot, as many seats as the participant has representatives
// (held[(seatStart[p] + j) * slots + s], j < capacity[p]) and how many of them are taken
// (load[p * slots + s]). A request's parties are a list (model.parties). Which seat a meeting
// takes is bookkeeping only: the application names the representative (lib/meetings).
import type { Model } from "./model";
import type { Placement } from "./types";

export class MultiBoard {
  readonly slots: number;
  readonly load: Int32Array;
  readonly seatStart: Int32Array;
  readonly held: Int32Array;
  readonly slotOf: Int32Array;
  readonly fill: Int32Array;
  readonly fixed: Uint8Array;
  /** Meetings per participant. */
  readonly count: Int32Array;
  /** Slots in which the participant holds at least one meeting. */
  readonly used: Int32Array;
  /** availableBefore[p * (slots + 1) + s]: slots before s in which p is available. */
  readonly availableBefore: Int32Array;
  fixedWeight = 0;

  constructor(readonly model: Model) {
    const { n, m, slots, capacity } = model;
    this.slots = slots;
    this.load = new Int32Array(n * slots);
    this.seatStart = new Int32Array(n + 1);
    for (let p = 0; p < n; p++) this.seatStart[p + 1] = this.seatStart[p]! + capacity[p]!;
    this.held = new Int32Array(this.seatStart[n]! * slots).fill(-1);
    this.slotOf = new Int32Array(m).fill(-1);
    this.fill = new Int32Array(slots);
    this.fixed = new Uint8Array(m);
    this.count = new Int32Array(n);
    this.used = new Int32Array(n);
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

  /** Every party has a representative left in slot s. */
  isFree(e: number, s: number): boolean {
    const { partyStart, parties, capacity } = this.model;
    for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) {
      const p = parties[k]!;
      if (this.load[p * this.slots + s]! >= capacity[p]!) return false;
    }
    return true;
  }

  /** Every party is available in slot s (whether free there is another question). */
  isCommon(e: number, s: number): boolean {
    const { partyStart, parties, available } = this.model;
    for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) if (available[parties[k]! * this.slots + s] !== 1) return false;
    return true;
  }

  canPlace(e: number, s: number): boolean {
    return this.fill[s]! < this.model.tables && this.isCommon(e, s) && this.isFree(e, s);
  }

  /** True when p has no representative left in slot s. */
  isFull(p: number, s: number): boolean {
    return this.load[p * this.slots + s]! >= this.model.capacity[p]!;
  }

  place(e: number, s: number): void {
    const { slots, model } = this;
    for (let k = model.partyStart[e]!; k < model.partyStart[e + 1]!; k++) {
      const p = model.parties[k]!;
      for (let seat = this.seatStart[p]!; seat < this.seatStart[p + 1]!; seat++) {
        if (this.held[seat * slots + s] === -1) {
          this.held[seat * slots + s] = e;
          break;
        }
      }
      if (this.load[p * slots + s]!++ === 0) this.used[p]!++;
      this.count[p]!++;
    }
    this.slotOf[e] = s;
    this.fill[s]!++;
  }

  remove(e: number): void {
    const { slots, model } = this;
    const s = this.slotOf[e]!;
    for (let k = model.partyStart[e]!; k < model.partyStart[e + 1]!; k++) {
      const p = model.parties[k]!;
      for (let seat = this.seatStart[p]!; seat < this.seatStart[p + 1]!; seat++) {
        if (this.held[seat * slots + s] === e) {
          this.held[seat * slots + s] = -1;
          break;
        }
      }
      if (--this.load[p * slots + s]! === 0) this.used[p]!--;
      this.count[p]!--;
    }
    this.slotOf[e] = -1;
    this.fill[s]!--;
  }

  /** The meetings p holds in slot s, into `out` (cleared first). */
  meetingsOf(p: number, s: number, out: number[]): number[] {
    out.length = 0;
    for (let seat = this.seatStart[p]!; seat < this.seatStart[p + 1]!; seat++) {
      const e = this.held[seat * this.slots + s]!;
      if (e !== -1) out.push(e);
    }
    return out;
  }

  /** The meetings in slot s, into `out` (a scan: used only where a slot has no table left). */
  meetingsIn(s: number, out: number[]): number[] {
    out.length = 0;
    for (let e = 0; e < this.model.m; e++) if (this.slotOf[e] === s) out.push(e);
    return out;
  }

  /** True when request f has p among its parties. */
  hasParty(f: number, p: number): boolean {
    const { partyStart, parties } = this.model;
    for (let k = partyStart[f]!; k < partyStart[f + 1]!; k++) if (parties[k] === p) return true;
    return false;
  }

  /** Available slots of p strictly between slots a and b (a < b). */
  availableBetween(p: number, a: number, b: number): number {
    const base = p * (this.slots + 1);
    return b - a <= 1 ? 0 : this.availableBefore[base + b]! - this.availableBefore[base + a + 1]!;
  }

  /** First and last slot in which p holds a meeting, into `first` and `last` (-1 when none). */
  first = -1;
  last = -1;
  span(p: number): void {
    const { slots, load } = this;
    const base = p * slots;
    this.first = -1;
    this.last = -1;
    for (let s = 0; s < slots; s++) {
      if (load[base + s]! > 0) {
        if (this.first === -1) this.first = s;
        this.last = s;
      }
    }
  }

  /** Available slots of p from first to last, both included. */
  availableFrom(p: number, first: number, last: number): number {
    const base = p * (this.slots + 1);
    return this.availableBefore[base + last + 1]! - this.availableBefore[base + first]!;
  }

  /** Idle slots of p: available slots between its first and last meeting in which it meets nobody. */
  idle(p: number): number {
    this.span(p);
    return this.first === -1 ? 0 : this.availableFrom(p, this.first, this.last) - this.used[p]!;
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
