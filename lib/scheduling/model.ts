// The instance as flat typed arrays: participants and requests become numbers, availability a
// participant x slot byte grid. The scheduler, its bound and the greedy baseline all work on this
// form; the checker (check.ts) deliberately does not.
import type { Instance } from "./types";

export type Model = {
  slots: number;
  tables: number;
  /** Participants, by number. */
  n: number;
  /** Schedulable requests (known, distinct participants, weight > 0, unique id), by number. */
  m: number;
  requestIds: string[];
  eu: Int32Array;
  ev: Int32Array;
  weight: Float64Array;
  /** available[p * slots + s] = 1 when participant p can meet in slot s. */
  available: Uint8Array;
  /** The requests of participant p: adjEdges[adjStart[p] .. adjStart[p + 1]). */
  adjStart: Int32Array;
  adjEdges: Int32Array;
  /** Request number by id. */
  requestNumber: Map<string, number>;
};

export function buildModel(instance: Instance): Model {
  const { slots, tables } = instance;
  const participantNumber = new Map<string, number>();
  for (const participant of instance.participants) {
    if (!participantNumber.has(participant.id)) participantNumber.set(participant.id, participantNumber.size);
  }
  const n = participantNumber.size;
  const available = new Uint8Array(n * slots);
  const seen = new Set<string>();
  for (const participant of instance.participants) {
    if (seen.has(participant.id)) continue;
    seen.add(participant.id);
    const base = participantNumber.get(participant.id)! * slots;
    if (participant.available === undefined) available.fill(1, base, base + slots);
    else for (const slot of participant.available) if (Number.isInteger(slot) && slot >= 0 && slot < slots) available[base + slot] = 1;
  }

  const requestIds: string[] = [];
  const eu: number[] = [];
  const ev: number[] = [];
  const weight: number[] = [];
  const requestNumber = new Map<string, number>();
  for (const request of instance.requests) {
    const a = participantNumber.get(request.a);
    const b = participantNumber.get(request.b);
    if (a === undefined || b === undefined || a === b || !(request.weight > 0) || requestNumber.has(request.id)) continue;
    requestNumber.set(request.id, requestIds.length);
    requestIds.push(request.id);
    eu.push(a);
    ev.push(b);
    weight.push(request.weight);
  }
  const m = requestIds.length;

  const adjStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    adjStart[eu[e]! + 1]!++;
    adjStart[ev[e]! + 1]!++;
  }
  for (let p = 0; p < n; p++) adjStart[p + 1]! += adjStart[p]!;
  const fill = adjStart.slice(0, n);
  const adjEdges = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    adjEdges[fill[eu[e]!]!++] = e;
    adjEdges[fill[ev[e]!]!++] = e;
  }

  return {
    slots,
    tables,
    n,
    m,
    requestIds,
    eu: Int32Array.from(eu),
    ev: Int32Array.from(ev),
    weight: Float64Array.from(weight),
    available,
    adjStart,
    adjEdges,
    requestNumber,
  };
}
