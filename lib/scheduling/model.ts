// The instance as flat typed arrays: participants and requests become numbers, availability a
// participant x slot byte grid. The scheduler, its bound and the greedy baseline all work on this
// form; the checker (check.ts) deliberately does not.
import { capacityOf, partiesOf, seatsOf, type Instance } from "./types";

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
  /** Meetings participant p can hold in one slot (its representatives). */
  capacity: Int32Array;
  /** The parties of request e: parties[partyStart[e] .. partyStart[e + 1]), eu[e] and ev[e] first. */
  partyStart: Int32Array;
  parties: Int32Array;
  /**
   * True when some participant has more than one representative or some request is a group
   * meeting: the scheduler then takes its general path (multi-*.ts); otherwise the 1:1 path.
   */
  extended: boolean;
};

export function buildModel(instance: Instance): Model {
  const { slots, tables } = instance;
  const participantNumber = new Map<string, number>();
  for (const participant of instance.participants) {
    if (!participantNumber.has(participant.id)) participantNumber.set(participant.id, participantNumber.size);
  }
  const n = participantNumber.size;
  const available = new Uint8Array(n * slots);
  const capacity = new Int32Array(n);
  const seen = new Set<string>();
  for (const participant of instance.participants) {
    if (seen.has(participant.id)) continue;
    seen.add(participant.id);
    capacity[participantNumber.get(participant.id)!] = capacityOf(participant);
    const base = participantNumber.get(participant.id)! * slots;
    if (participant.available === undefined) available.fill(1, base, base + slots);
    else for (const slot of participant.available) if (Number.isInteger(slot) && slot >= 0 && slot < slots) available[base + slot] = 1;
  }

  const requestIds: string[] = [];
  const eu: number[] = [];
  const ev: number[] = [];
  const weight: number[] = [];
  const requestNumber = new Map<string, number>();
  const partyStart: number[] = [0];
  const parties: number[] = [];
  const seats = seatsOf(instance);
  let extended = capacity.some((count) => count > 1);
  for (const request of instance.requests) {
    // Skipped: unknown or repeated parties, more parties than a table seats, weight <= 0, a repeated id.
    const numbers = partiesOf(request).map((id) => participantNumber.get(id));
    if (numbers.length > seats || numbers.some((p) => p === undefined) || new Set(numbers).size < numbers.length) continue;
    if (!(request.weight > 0) || requestNumber.has(request.id)) continue;
    requestNumber.set(request.id, requestIds.length);
    requestIds.push(request.id);
    eu.push(numbers[0]!);
    ev.push(numbers[1]!);
    weight.push(request.weight);
    for (const p of numbers) parties.push(p!);
    partyStart.push(parties.length);
    if (numbers.length > 2) extended = true;
  }
  const m = requestIds.length;

  const adjStart = new Int32Array(n + 1);
  for (const p of parties) adjStart[p + 1]!++;
  for (let p = 0; p < n; p++) adjStart[p + 1]! += adjStart[p]!;
  const fill = adjStart.slice(0, n);
  const adjEdges = new Int32Array(parties.length);
  for (let e = 0; e < m; e++) for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) adjEdges[fill[parties[k]!]!++] = e;

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
    capacity,
    partyStart: Int32Array.from(partyStart),
    parties: Int32Array.from(parties),
    extended,
  };
}
