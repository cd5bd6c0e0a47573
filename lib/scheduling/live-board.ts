// The event day's working state for live re-scheduling (live.ts): who is busy in which slot (and
// how many of their representatives), which tables are taken, where each request sits. Built once
// per call from the instance in typed arrays; the fixed placements (every published meeting that
// is not cancelled, past ones included) go on it first and are never moved or removed.
import { capacityOf, seatsOf, type Instance, type Placement } from "./types";

export class LiveBoard {
  readonly slots: number;
  readonly tables: number;
  readonly participantIds: string[];
  readonly requestIds: string[];
  /** Request number by id (the first request with an id wins, as in the scheduler's model). */
  readonly requestNumber = new Map<string, number>();
  /** Parties of request e: partyList[partyStart[e] .. partyStart[e + 1]). */
  readonly partyStart: Int32Array;
  readonly partyList: Int32Array;
  /** 1 when every party is known, none is repeated and a table seats them all. */
  readonly placeable: Uint8Array;
  /** Meetings participant p can hold in one slot (its representatives). */
  readonly capacity: Int32Array;
  /** available[p * slots + s] = 1 when p can meet in slot s. */
  readonly available: Uint8Array;
  /** busy[p * slots + s]: meetings p holds in slot s. */
  readonly busy: Int32Array;
  /** taken[s * tables + t] = 1 when table t is in use in slot s; fill[s] counts them. */
  readonly taken: Uint8Array;
  readonly fill: Int32Array;
  readonly slotOf: Int32Array;
  readonly tableOf: Int32Array;
  readonly fixed: Uint8Array;

  constructor(instance: Instance) {
    const { slots, tables } = instance;
    this.slots = slots;
    this.tables = tables;
    const participantNumber = new Map<string, number>();
    const participants = instance.participants.filter((participant) => !participantNumber.has(participant.id) && participantNumber.set(participant.id, participantNumber.size));
    const n = participants.length;
    this.participantIds = participants.map((participant) => participant.id);
    this.capacity = Int32Array.from(participants, capacityOf);
    this.available = new Uint8Array(n * slots);
    participants.forEach((participant, p) => {
      const base = p * slots;
      if (participant.available === undefined) this.available.fill(1, base, base + slots);
      else for (const slot of participant.available) if (Number.isInteger(slot) && slot >= 0 && slot < slots) this.available[base + slot] = 1;
    });
    this.busy = new Int32Array(n * slots);
    this.taken = new Uint8Array(slots * tables);
    this.fill = new Int32Array(slots);

    // Requests as numbers (the first with an id wins); parties as a flat list, a repeated or
    // unknown party makes the request unplaceable (and is left out of the list).
    const seats = seatsOf(instance);
    let total = 0;
    for (const request of instance.requests) total += 2 + (request.others?.length ?? 0);
    const partyList = new Int32Array(total);
    const partyStart = new Int32Array(instance.requests.length + 1);
    const placeable = new Uint8Array(instance.requests.length);
    this.requestIds = [];
    let at = 0;
    for (const request of instance.requests) {
      if (this.requestNumber.has(request.id)) continue;
      const e = this.requestIds.length;
      this.requestNumber.set(request.id, e);
      this.requestIds.push(request.id);
      const others = request.others ?? [];
      let ok = 2 + others.length <= seats;
      for (let k = -2; k < others.length; k++) {
        const p = participantNumber.get(k === -2 ? request.a : k === -1 ? request.b : others[k]!);
        let repeated = false;
        for (let i = partyStart[e]!; i < at && p !== undefined; i++) if (partyList[i] === p) repeated = true;
        if (p === undefined || repeated) ok = false;
        else partyList[at++] = p;
      }
      placeable[e] = ok ? 1 : 0;
      partyStart[e + 1] = at;
    }
    const m = this.requestIds.length;
    this.partyStart = partyStart.subarray(0, m + 1);
    this.partyList = partyList.subarray(0, at);
    this.placeable = placeable.subarray(0, m);
    this.slotOf = new Int32Array(m).fill(-1);
    this.tableOf = new Int32Array(m).fill(-1);
    this.fixed = new Uint8Array(m);
    for (const placement of instance.fixed ?? []) this.placeFixed(placement);
  }

  /** A published meeting: takes its table and its parties' time as it is, even if that overbooks. */
  private placeFixed({ request, slot, table }: Placement): void {
    if (!Number.isInteger(slot) || slot < 0 || slot >= this.slots) return;
    if (Number.isInteger(table) && table >= 0 && table < this.tables && !this.taken[slot * this.tables + table]) {
      this.taken[slot * this.tables + table] = 1;
      this.fill[slot]!++;
    }
    const e = this.requestNumber.get(request);
    if (e === undefined || this.slotOf[e] !== -1) return;
    this.slotOf[e] = slot;
    this.tableOf[e] = table;
    this.fixed[e] = 1;
    for (let i = this.partyStart[e]!; i < this.partyStart[e + 1]!; i++) this.busy[this.partyList[i]! * this.slots + slot]!++;
  }

  /** Every party of request e is available in slot s (whether free there is another question). */
  common(e: number, s: number): boolean {
    for (let i = this.partyStart[e]!; i < this.partyStart[e + 1]!; i++) if (!this.available[this.partyList[i]! * this.slots + s]) return false;
    return true;
  }

  /** Request e can go into slot s now: a free table, every party available and under capacity. */
  fits(e: number, s: number): boolean {
    if (this.fill[s]! >= this.tables) return false;
    for (let i = this.partyStart[e]!; i < this.partyStart[e + 1]!; i++) {
      const cell = this.partyList[i]! * this.slots + s;
      if (!this.available[cell] || this.busy[cell]! >= this.capacity[this.partyList[i]!]!) return false;
    }
    return true;
  }

  /** The earliest slot >= from (other than `except`) where request e fits, or -1. */
  firstFit(e: number, from: number, except = -1): number {
    if (!this.placeable[e]) return -1;
    for (let s = from; s < this.slots; s++) if (s !== except && this.fits(e, s)) return s;
    return -1;
  }

  /** Places request e in slot s at `table`, or at the lowest free table. */
  place(e: number, s: number, table = -1): void {
    const row = s * this.tables;
    let t = table;
    if (t < 0) {
      t = 0;
      while (this.taken[row + t]) t++;
    }
    this.taken[row + t] = 1;
    this.fill[s]!++;
    this.slotOf[e] = s;
    this.tableOf[e] = t;
    for (let i = this.partyStart[e]!; i < this.partyStart[e + 1]!; i++) this.busy[this.partyList[i]! * this.slots + s]!++;
  }

  /** Takes a placement made in this call off the board again (never a fixed one). */
  remove(e: number): void {
    if (this.fixed[e]) throw new Error(`request ${this.requestIds[e]} is fixed and cannot be moved`);
    const s = this.slotOf[e]!;
    this.taken[s * this.tables + this.tableOf[e]!] = 0;
    this.fill[s]!--;
    for (let i = this.partyStart[e]!; i < this.partyStart[e + 1]!; i++) this.busy[this.partyList[i]! * this.slots + s]!--;
    this.slotOf[e] = -1;
    this.tableOf[e] = -1;
  }

  /** Parties of e that have no representative left in slot s. */
  blockedParties(e: number, s: number, into: number[]): number[] {
    into.length = 0;
    for (let i = this.partyStart[e]!; i < this.partyStart[e + 1]!; i++) {
      const p = this.partyList[i]!;
      if (this.busy[p * this.slots + s]! >= this.capacity[p]!) into.push(p);
    }
    return into;
  }

  /** Request e has participant p among its parties. */
  has(e: number, p: number): boolean {
    for (let i = this.partyStart[e]!; i < this.partyStart[e + 1]!; i++) if (this.partyList[i] === p) return true;
    return false;
  }

  /** One participant's free representatives in slot s (0 when it is not available then). */
  freeIn(p: number, s: number): number {
    const cell = p * this.slots + s;
    return this.available[cell] ? Math.max(0, this.capacity[p]! - this.busy[cell]!) : 0;
  }
}
