// The scheduler's input and output. Slots are numbered 0..slots-1 in time order (see
// lib/events/slots.ts), tables 0..tables-1. Plain data, so it serialises as the benchmark's JSON.
//
// Representatives: a participant (an organisation) may send several people; it can then hold up to
// `representatives` meetings in the same slot, each at its own table. Which named person sits at
// which table is the application's choice (lib/meetings); the scheduler only counts.
// Group meetings: a request with `others` is one meeting of all its parties [a, b, ...others] at
// one table in one slot; every party must be free then, and the parties may not exceed the
// instance's `seats` per table.
export type Participant = {
  id: string;
  /** Slot indices 0..slots-1; absent = every slot. */
  available?: number[];
  /** How many meetings it can hold in one slot (its representatives); absent = 1. */
  representatives?: number;
};
export type MeetingRequest = {
  id: string;
  a: string;
  b: string;
  /** Further parties of a group meeting (a buyer with a consortium's members, a bank with SMEs). */
  others?: string[];
  weight: number;
};
export type Placement = { request: string; slot: number; table: number };
export type Instance = {
  slots: number;
  tables: number;
  /** People one table seats, one per party; absent = 2 (no group meetings fit). */
  seats?: number;
  participants: Participant[];
  requests: MeetingRequest[];
  /** Meetings that must stay exactly where they are (published, or moved by hand by staff). */
  fixed?: Placement[];
};
export type Schedule = { meetings: Placement[] };

/** The parties of a request in order: a, b, then the group's others. */
export function partiesOf(request: MeetingRequest): string[] {
  return request.others && request.others.length > 0 ? [request.a, request.b, ...request.others] : [request.a, request.b];
}

/** Meetings a participant can hold at once (1 unless it has more representatives). */
export function capacityOf(participant: Participant): number {
  const count = participant.representatives;
  return count !== undefined && Number.isInteger(count) && count > 1 ? count : 1;
}

/** Parties one table seats (2 unless the instance says more). */
export function seatsOf(instance: Instance): number {
  return instance.seats !== undefined && Number.isInteger(instance.seats) && instance.seats > 2 ? instance.seats : 2;
}
