// The event day's live state, from the event's rows to the live engine's input
// (lib/scheduling/live.ts) and back. Pure.
//
// Fixed: every placed meeting that holds its time (SCHEDULED or HELD at one of the event's slots):
// the engine never moves them. Waiting: accepted meetings without a place, walk-ins first (first
// come, first served), then the others (must-happen first, then the heavier). Nothing goes into a
// slot that has begun. A participant's capacity is its representatives not marked absent; one
// with nobody left is available nowhere.
import type { MeetingSlot } from "@/lib/events/slots";
import type { LiveInput } from "@/lib/scheduling/live";
import type { Instance, MeetingRequest, Placement } from "@/lib/scheduling/types";
import { meetingWeight } from "./instance";

export type LiveParticipantRow = { id: string; unavailableSlots: readonly Date[]; present: number };

export type LiveMeetingRow = {
  id: string;
  status: "ACCEPTED" | "SCHEDULED" | "HELD";
  smeParticipantId: string;
  buyerParticipantId: string;
  /** Further parties of a group meeting (its MEMBER seats). */
  members: readonly string[];
  startsAt: Date | null;
  tableNumber: number | null;
  walkIn: boolean;
  mustHappen: boolean;
  matchScore: number | null;
  createdAt: Date;
};

/** The first slot that has not begun at `now` (slots.length when none is left). */
export function firstSlotAhead(slots: readonly MeetingSlot[], now: Date): number {
  const index = slots.findIndex((slot) => slot.startsAt.getTime() > now.getTime());
  return index === -1 ? slots.length : index;
}

export type BuiltLiveInput = LiveInput & { fixedIds: ReadonlySet<string> };

export function buildLiveInput({
  slots,
  tables,
  seats,
  participants,
  meetings,
  now,
}: {
  slots: readonly MeetingSlot[];
  tables: number;
  seats: number;
  participants: readonly LiveParticipantRow[];
  meetings: readonly LiveMeetingRow[];
  now: Date;
}): BuiltLiveInput {
  const slotByTime = new Map(slots.map((slot) => [slot.startsAt.getTime(), slot.index]));
  const known = new Set(participants.map((participant) => participant.id));
  const partiesOf = (meeting: LiveMeetingRow) => [meeting.smeParticipantId, meeting.buyerParticipantId, ...meeting.members];

  const fixed: Placement[] = [];
  const keptSlots = new Map<string, Set<number>>();
  const requests: MeetingRequest[] = [];
  const waitingRows: LiveMeetingRow[] = [];
  for (const meeting of meetings) {
    const parties = partiesOf(meeting);
    if (!parties.every((party) => known.has(party))) continue;
    if (meeting.status === "ACCEPTED") {
      waitingRows.push(meeting);
    } else {
      const slot = meeting.startsAt ? slotByTime.get(meeting.startsAt.getTime()) : undefined;
      // A placed meeting off the event's slots (the sessions changed) is neither moved nor counted.
      if (slot === undefined || meeting.tableNumber === null || meeting.tableNumber < 1 || meeting.tableNumber > tables) continue;
      fixed.push({ request: meeting.id, slot, table: meeting.tableNumber - 1 });
      for (const party of parties) keptSlots.set(party, (keptSlots.get(party) ?? new Set<number>()).add(slot));
    }
    const [a, b, ...others] = parties as [string, string, ...string[]];
    requests.push({ id: meeting.id, a, b, ...(others.length > 0 ? { others } : {}), weight: meetingWeight(meeting) });
  }

  const instance: Instance = {
    slots: slots.length,
    tables,
    seats,
    participants: participants.map((participant) => {
      const kept = keptSlots.get(participant.id);
      if (participant.present < 1) return { id: participant.id, available: [...(kept ?? [])].sort((x, y) => x - y) };
      const unavailable = new Set(participant.unavailableSlots.map((time) => slotByTime.get(time.getTime())).filter((slot) => slot !== undefined));
      const available = unavailable.size === 0 ? undefined : slots.map((slot) => slot.index).filter((slot) => !unavailable.has(slot) || kept?.has(slot));
      return { id: participant.id, ...(available ? { available } : {}), ...(participant.present > 1 ? { representatives: participant.present } : {}) };
    }),
    requests,
    fixed,
  };

  const waiting = [...waitingRows]
    .sort(
      (x, y) =>
        Number(y.walkIn) - Number(x.walkIn) ||
        (x.walkIn ? x.createdAt.getTime() - y.createdAt.getTime() : 0) ||
        meetingWeight(y) - meetingWeight(x) ||
        x.createdAt.getTime() - y.createdAt.getTime() ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    )
    .map((meeting) => meeting.id);
  return { instance, fromSlot: firstSlotAhead(slots, now), waiting, fixedIds: new Set(fixed.map((placement) => placement.request)) };
}
