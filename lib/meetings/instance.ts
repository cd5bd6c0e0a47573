// From an event's rows to the scheduler's instance (lib/scheduling) and back. Pure.
//
// Which meetings stay where they are (the instance's `fixed`): those staff placed or moved by
// hand, and, once the schedule is published, every placed meeting unless staff force a
// reschedule. The others are placed afresh. A fixed meeting whose slot or table no longer exists
// (the sessions or the tables changed) is placed afresh too.
//
// Weights: a "must happen" meeting outweighs any number of others a participant could have
// instead (1000 against at most 20 each, and nobody has 50 slots in a day); otherwise a better
// match score weighs a little more: 10 + score/10, and 15 for a meeting without a match.
//
// The event day (issue 20): a participant holds as many meetings at once as it has
// representatives still expected (those not marked no-show, at least one); a group meeting's
// further parties (its MEMBER seats) are the request's `others`; a table seats the event's
// tableSeats parties.
import type { MeetingSlot } from "@/lib/events/slots";
import type { Instance, Placement } from "@/lib/scheduling/types";

export type ScheduleParticipantRow = {
  id: string;
  unavailableSlots: readonly Date[];
  /** Representatives not marked no-show; absent = 1. */
  representatives?: number;
};

export type ScheduleMeetingRow = {
  id: string;
  smeParticipantId: string;
  buyerParticipantId: string;
  status: "ACCEPTED" | "SCHEDULED";
  mustHappen: boolean;
  matchScore: number | null;
  startsAt: Date | null;
  tableNumber: number | null;
  placedByStaff: boolean;
  /** A group meeting's further parties (its MEMBER seats); absent or empty for a 1:1 meeting. */
  others?: readonly string[];
};

/** Every party of a meeting row: the member, the host (buyer or partner), then the group's others. */
export function partiesOfRow(meeting: Pick<ScheduleMeetingRow, "smeParticipantId" | "buyerParticipantId" | "others">): string[] {
  return [meeting.smeParticipantId, meeting.buyerParticipantId, ...(meeting.others ?? [])];
}

export const mustHappenWeight = 1000;

export function meetingWeight(meeting: Pick<ScheduleMeetingRow, "mustHappen" | "matchScore">): number {
  if (meeting.mustHappen) return mustHappenWeight;
  return meeting.matchScore === null ? 15 : 10 + Math.round(Math.min(100, Math.max(0, meeting.matchScore)) / 10);
}

export type BuiltInstance = { instance: Instance; fixedIds: Set<string> };

export function buildInstance(
  {
    slots,
    tables,
    seats,
    participants,
    meetings,
    keepPlaced,
  }: { slots: readonly MeetingSlot[]; tables: number; seats?: number; participants: readonly ScheduleParticipantRow[]; meetings: readonly ScheduleMeetingRow[]; keepPlaced: boolean },
): BuiltInstance {
  const slotByTime = new Map(slots.map((slot) => [slot.startsAt.getTime(), slot.index]));
  const known = new Set(participants.map((participant) => participant.id));
  const schedulable = meetings.filter((meeting) => partiesOfRow(meeting).every((party) => known.has(party)));

  const fixed: Placement[] = [];
  const fixedSlots = new Map<string, Set<number>>();
  for (const meeting of schedulable) {
    if (meeting.status !== "SCHEDULED" || !(meeting.placedByStaff || keepPlaced) || !meeting.startsAt || meeting.tableNumber === null) continue;
    const slot = slotByTime.get(meeting.startsAt.getTime());
    if (slot === undefined || meeting.tableNumber > tables) continue;
    fixed.push({ request: meeting.id, slot, table: meeting.tableNumber - 1 });
    for (const participant of partiesOfRow(meeting)) {
      const set = fixedSlots.get(participant) ?? new Set<number>();
      set.add(slot);
      fixedSlots.set(participant, set);
    }
  }

  const instance: Instance = {
    slots: slots.length,
    tables,
    ...(seats !== undefined && seats > 2 ? { seats } : {}),
    participants: participants.map((participant) => {
      const representatives = participant.representatives !== undefined && participant.representatives > 1 ? { representatives: participant.representatives } : {};
      const unavailable = new Set(participant.unavailableSlots.map((time) => slotByTime.get(time.getTime())).filter((slot) => slot !== undefined));
      if (unavailable.size === 0) return { id: participant.id, ...representatives };
      // A meeting kept in place keeps its slot usable even if the participant later marked it.
      const kept = fixedSlots.get(participant.id);
      return { id: participant.id, available: slots.map((slot) => slot.index).filter((slot) => !unavailable.has(slot) || kept?.has(slot)), ...representatives };
    }),
    requests: schedulable.map((meeting) => ({
      id: meeting.id,
      a: meeting.smeParticipantId,
      b: meeting.buyerParticipantId,
      ...(meeting.others && meeting.others.length > 0 ? { others: [...meeting.others] } : {}),
      weight: meetingWeight(meeting),
    })),
    fixed,
  };
  return { instance, fixedIds: new Set(fixed.map((placement) => placement.request)) };
}

export type PlacedMeeting = { id: string; startsAt: Date; endsAt: Date; tableNumber: number };

/** The scheduler's placements of the meetings that were not fixed, as rows to write. */
export function placementsToRows(placements: readonly Placement[], slots: readonly MeetingSlot[], fixedIds: ReadonlySet<string>): PlacedMeeting[] {
  return placements
    .filter((placement) => !fixedIds.has(placement.request))
    .map((placement) => {
      const slot = slots[placement.slot];
      if (!slot) throw new RangeError(`Slot ${placement.slot} does not exist`);
      return { id: placement.request, startsAt: slot.startsAt, endsAt: slot.endsAt, tableNumber: placement.table + 1 };
    });
}
