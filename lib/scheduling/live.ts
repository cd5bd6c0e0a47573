// Live re-scheduling on the event day (issue 20, point 4). The published meetings stay exactly
// where they are (instance.fixed: every published meeting not cancelled, past ones included);
// waiting requests (walk-ins first, then accepted requests still without a slot) go, in the
// order given, into the EARLIEST slot from `fromSlot` on where a table is free and every party is
// available and has a representative left. Then, where cheap, a request that found no slot gets
// one by moving ONE placement made in the same call (never a published one) to its next slot
// that fits, and a last pass places whatever fits after those moves. Nothing goes before
// fromSlot. Deterministic: no randomness, no clock.
//
// Cost: one pass over the instance into typed arrays (LiveBoard) plus slots x parties per waiting
// request; the moves are capped by a work budget counted in slot checks, not in time.
import { LiveBoard } from "./live-board";
import type { Instance, Placement } from "./types";

export type LiveInput = {
  /** Participants (availability, representatives), requests (incl. groups), seats, tables; fixed = the published, uncancelled meetings. */
  instance: Instance;
  /** The first slot still ahead: earlier slots are past and nothing goes there. */
  fromSlot: number;
  /** Request ids to place, in priority order. Ids already in instance.fixed and repeats are skipped. */
  waiting: string[];
};
/** placed: the new meetings (slot and table); unplaced: waiting ids that fit nowhere ahead (or are unknown / not placeable). */
export type LiveResult = { placed: Placement[]; unplaced: string[] };
/** What is still free in one slot ahead: table numbers and participants with a representative left. */
export type FreeSlot = { slot: number; freeTables: number[]; freeParticipants: string[] };

/** Slot checks the moves may spend per call (a slot check costs about one party lookup per party). */
export const moveBudget = 2_000_000;

/** Places the waiting requests around the published meetings; see the file comment. */
export function refill(input: LiveInput): LiveResult {
  const board = new LiveBoard(input.instance);
  const from = firstSlot(input.fromSlot);
  const seen = new Set<string>();
  const order: number[] = [];
  const unknown = new Set<string>();
  for (const id of input.waiting) {
    if (seen.has(id)) continue;
    seen.add(id);
    const e = board.requestNumber.get(id);
    if (e === undefined) unknown.add(id);
    else if (!board.fixed[e]) order.push(e);
  }

  const newAt: number[][] = Array.from({ length: board.slots }, () => []);
  const put = (e: number, s: number) => {
    board.place(e, s);
    newAt[s]!.push(e);
  };
  const pending: number[] = [];
  for (const e of order) {
    const s = board.firstFit(e, from);
    if (s === -1) pending.push(e);
    else put(e, s);
  }

  let budget = moveBudget;
  const blocked: number[] = [];
  const stillPending: number[] = [];
  for (const u of pending) {
    if (budget > 0 && board.placeable[u] && makeRoom(u)) continue;
    stillPending.push(u);
  }
  for (const u of stillPending) {
    const s = board.firstFit(u, from);
    if (s !== -1) put(u, s);
  }

  // Request u fits nowhere: find the earliest slot where moving one new placement e elsewhere
  // (its own earliest other slot) makes room for u, and do it.
  function makeRoom(u: number): boolean {
    for (let s = from; s < board.slots && budget > 0; s++) {
      // Only a slot holding placements of this call can be freed (the last pass places u where
      // earlier moves left room).
      const here = newAt[s]!;
      if (here.length === 0) continue;
      budget--;
      if (!board.common(u, s)) continue;
      board.blockedParties(u, s, blocked);
      if (blocked.length === 0 && board.fill[s]! < board.tables) {
        put(u, s);
        return true;
      }
      for (let k = 0; k < here.length && budget > 0; k++) {
        const e = here[k]!;
        budget--;
        if (!blocked.every((p) => board.has(e, p) && board.busy[p * board.slots + s] === board.capacity[p])) continue;
        const table = board.tableOf[e]!;
        board.remove(e);
        const to = board.firstFit(e, from, s);
        budget -= to === -1 ? board.slots - from : to - from + 1;
        if (to === -1) {
          board.place(e, s, table);
          continue;
        }
        here.splice(k, 1);
        put(e, to);
        put(u, s);
        return true;
      }
    }
    return false;
  }

  const placed: Placement[] = [];
  const isPlaced = new Set<number>();
  for (const e of order) {
    if (board.slotOf[e] === -1) continue;
    isPlaced.add(e);
    placed.push({ request: board.requestIds[e]!, slot: board.slotOf[e]!, table: board.tableOf[e]! });
  }
  const listed = new Set<string>();
  const unplaced = input.waiting.filter((id) => {
    if (listed.has(id)) return false;
    listed.add(id);
    if (unknown.has(id)) return true;
    const e = board.requestNumber.get(id)!;
    return !board.fixed[e] && !isPlaced.has(e);
  });
  return { placed, unplaced };
}

/** For each slot from fromSlot on: the free tables and the participants with a free representative, given instance.fixed. */
export function freeSlotsAhead(instance: Instance, fromSlot: number): FreeSlot[] {
  const board = new LiveBoard(instance);
  const result: FreeSlot[] = [];
  for (let s = firstSlot(fromSlot); s < board.slots; s++) {
    const freeTables: number[] = [];
    for (let t = 0; t < board.tables; t++) if (!board.taken[s * board.tables + t]) freeTables.push(t);
    const freeParticipants = board.participantIds.filter((_, p) => board.freeIn(p, s) > 0);
    result.push({ slot: s, freeTables, freeParticipants });
  }
  return result;
}

function firstSlot(fromSlot: number): number {
  if (!Number.isFinite(fromSlot)) throw new RangeError(`fromSlot must be a number, not ${fromSlot}`);
  return Math.max(0, Math.ceil(fromSlot));
}
