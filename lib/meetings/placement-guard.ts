// The application's last check of a computed schedule before it is written (pure). The database
// refuses a person in two meetings at once (exclusion constraint on MeetingSeat), so one bad
// placement would make the whole generation fail. Here every placement is held to the full
// event-day rules of the instance: each party available and within its representatives in that
// slot, every party of a group meeting free, no more parties than a table seats, one meeting per
// table. A placement that breaks one is left out; then requests still waiting are put into the
// first slot where all their parties are free, at the lowest free table, heaviest first. With a
// scheduler that already honours these rules both steps change nothing; with one that does not
// (a group member it did not see) the schedule still holds.
import { capacityOf, partiesOf, seatsOf, type Instance, type MeetingRequest, type Placement } from "@/lib/scheduling/types";

export type GuardResult = { meetings: Placement[]; dropped: string[]; added: string[] };

export function guardPlacements(instance: Instance, placements: readonly Placement[]): GuardResult {
  const { slots, tables } = instance;
  const seats = seatsOf(instance);
  const requests = new Map(instance.requests.map((request) => [request.id, request]));
  const capacity = new Map(instance.participants.map((participant) => [participant.id, capacityOf(participant)]));
  const available = new Map(instance.participants.map((participant) => [participant.id, participant.available ? new Set(participant.available) : null]));
  const used = new Map<string, number>();
  const tableTaken = new Set<string>();
  const fixedIds = new Set((instance.fixed ?? []).map((placement) => placement.request));

  const partiesFit = (request: MeetingRequest, slot: number) => {
    const parties = partiesOf(request);
    if (parties.length > seats || new Set(parties).size < parties.length) return false;
    return parties.every((party) => {
      const free = available.get(party);
      if (free === undefined || (free !== null && !free.has(slot))) return false;
      return (used.get(`${party}/${slot}`) ?? 0) < (capacity.get(party) ?? 1);
    });
  };
  const take = (request: MeetingRequest, slot: number, table: number) => {
    for (const party of partiesOf(request)) used.set(`${party}/${slot}`, (used.get(`${party}/${slot}`) ?? 0) + 1);
    tableTaken.add(`${slot}/${table}`);
  };

  const meetings: Placement[] = [];
  const dropped: string[] = [];
  const placed = new Set<string>();
  // Fixed placements are already in the database: they count as they are.
  const ordered = [...placements].sort((a, b) => Number(fixedIds.has(b.request)) - Number(fixedIds.has(a.request)));
  for (const placement of ordered) {
    const request = requests.get(placement.request);
    if (!request || placed.has(request.id)) continue;
    const fixed = fixedIds.has(request.id);
    const inRange = Number.isInteger(placement.slot) && placement.slot >= 0 && placement.slot < slots && Number.isInteger(placement.table) && placement.table >= 0 && placement.table < tables;
    if (!fixed && (!inRange || tableTaken.has(`${placement.slot}/${placement.table}`) || !partiesFit(request, placement.slot))) {
      dropped.push(request.id);
      continue;
    }
    take(request, placement.slot, placement.table);
    placed.add(request.id);
    meetings.push(placement);
  }

  const added: string[] = [];
  const waiting = instance.requests.filter((request) => !placed.has(request.id)).sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const request of waiting) {
    for (let slot = 0; slot < slots; slot++) {
      if (!partiesFit(request, slot)) continue;
      let table = 0;
      while (table < tables && tableTaken.has(`${slot}/${table}`)) table++;
      if (table === tables) continue;
      take(request, slot, table);
      placed.add(request.id);
      meetings.push({ request: request.id, slot, table });
      added.push(request.id);
      break;
    }
  }
  return { meetings, dropped, added };
}
