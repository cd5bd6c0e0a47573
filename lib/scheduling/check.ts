// Checks a schedule against its instance, written apart from the scheduler (plain maps and sets,
// no shared code) so that a scheduler bug cannot hide itself. An empty list means valid.
// With representatives a participant may hold as many meetings in one slot as it has people;
// "participant-double-booked" means more than that (one, for a participant without extra
// representatives). A group meeting needs every party free and no more parties than a table seats.
import { capacityOf, partiesOf, seatsOf, type Instance, type Placement, type Schedule } from "./types";

export type ConflictKind =
  | "unknown-request"
  | "unknown-participant"
  | "request-scheduled-twice"
  | "slot-out-of-range"
  | "table-out-of-range"
  | "participant-unavailable"
  | "participant-double-booked"
  | "party-repeated"
  | "too-many-parties"
  | "table-double-booked"
  | "fixed-moved"
  | "fixed-dropped";

export type Conflict = {
  kind: ConflictKind;
  detail: string;
  /** The requests involved, so callers can pick the conflicts that concern one meeting. */
  requests: string[];
};

export function listConflicts(instance: Instance, schedule: Schedule): Conflict[] {
  const conflicts: Conflict[] = [];
  const add = (kind: ConflictKind, detail: string, ...requests: string[]) => conflicts.push({ kind, detail, requests });
  const requests = new Map(instance.requests.map((request) => [request.id, request]));
  const availability = new Map<string, Set<number> | null>();
  const capacity = new Map<string, number>();
  for (const participant of instance.participants) {
    if (!availability.has(participant.id)) availability.set(participant.id, participant.available ? new Set(participant.available) : null);
    if (!capacity.has(participant.id)) capacity.set(participant.id, capacityOf(participant));
  }
  const seats = seatsOf(instance);
  const placed = new Map<string, Placement>();
  const busy = new Map<string, string[]>();
  const tablesInUse = new Map<string, string>();

  for (const meeting of schedule.meetings) {
    const { request: id, slot, table } = meeting;
    const request = requests.get(id);
    if (!request) {
      add("unknown-request", `request ${id} is not in the instance`, id);
      continue;
    }
    if (placed.has(id)) add("request-scheduled-twice", `request ${id} is scheduled more than once`, id);
    placed.set(id, meeting);
    if (!Number.isInteger(slot) || slot < 0 || slot >= instance.slots) add("slot-out-of-range", `request ${id}: slot ${slot} is not between 0 and ${instance.slots - 1}`, id);
    if (!Number.isInteger(table) || table < 0 || table >= instance.tables) add("table-out-of-range", `request ${id}: table ${table} is not between 0 and ${instance.tables - 1}`, id);
    const tableKey = `${slot}/${table}`;
    const atTable = tablesInUse.get(tableKey);
    if (atTable !== undefined) add("table-double-booked", `table ${table} in slot ${slot} holds requests ${atTable} and ${id}`, atTable, id);
    else tablesInUse.set(tableKey, id);
    const parties = partiesOf(request);
    if (parties.length > seats) add("too-many-parties", `request ${id} has ${parties.length} parties, a table seats ${seats}`, id);
    const distinct = new Set(parties);
    if (distinct.size < parties.length) add("party-repeated", `request ${id} names a party more than once`, id);
    for (const participant of distinct) {
      const available = availability.get(participant);
      if (available === undefined) add("unknown-participant", `request ${id}: participant ${participant} is not in the instance`, id);
      else if (available !== null && !available.has(slot)) add("participant-unavailable", `participant ${participant} is not available in slot ${slot} (request ${id})`, id);
      const key = `${participant}/${slot}`;
      const others = busy.get(key) ?? [];
      if (others.length >= (capacity.get(participant) ?? 1)) {
        add("participant-double-booked", `participant ${participant} has requests ${others.join(", ")} and ${id} in slot ${slot}`, ...others, id);
      }
      others.push(id);
      busy.set(key, others);
    }
  }

  for (const fixed of instance.fixed ?? []) {
    const meeting = placed.get(fixed.request);
    if (!meeting) add("fixed-dropped", `fixed request ${fixed.request} is missing from the schedule`, fixed.request);
    else if (meeting.slot !== fixed.slot || meeting.table !== fixed.table) {
      add("fixed-moved", `fixed request ${fixed.request} moved from slot ${fixed.slot} table ${fixed.table} to slot ${meeting.slot} table ${meeting.table}`, fixed.request);
    }
  }
  return conflicts;
}

/** Human-readable conflicts of the schedule (for logs and tests); empty when it is valid. */
export function findConflicts(instance: Instance, schedule: Schedule): string[] {
  return listConflicts(instance, schedule).map((conflict) => conflict.detail);
}
