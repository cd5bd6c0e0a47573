// The scheduler's input and output. Slots are numbered 0..slots-1 in time order (see
// lib/events/slots.ts), tables 0..tables-1. Plain data, so it serialises as the benchmark's JSON.
export type Participant = { id: string; available?: number[] }; // slot indices 0..slots-1; absent = every slot
export type MeetingRequest = { id: string; a: string; b: string; weight: number };
export type Placement = { request: string; slot: number; table: number };
export type Instance = {
  slots: number;
  tables: number;
  participants: Participant[];
  requests: MeetingRequest[];
  /** Meetings that must stay exactly where they are (published, or moved by hand by staff). */
  fixed?: Placement[];
};
export type Schedule = { meetings: Placement[] };
