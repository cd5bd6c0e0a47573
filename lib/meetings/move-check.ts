// Whether staff may put a meeting into a slot: the scheduler's own move check
// (lib/scheduling/move.ts, the independent checker) on an instance of that slot built from the
// database: the meeting's parties with their representatives still expected and their
// availability, and every other meeting holding one of them then. So groups (every member must
// be free) and representatives (an organisation may hold as many meetings at once as it has
// people) are checked the same way the scheduler's results are. The database's exclusion
// constraint stays the last word (two staff moving at the same moment).
import "server-only";
import { partyName, partyNameSelect } from "@/lib/agenda/parties";
import type { DbClient } from "@/lib/db";
import type { MeetingSlot } from "@/lib/events/slots";
import { checkMove } from "@/lib/scheduling/move";
import type { Instance, MeetingRequest, Placement } from "@/lib/scheduling/types";
import { partiesOfRow } from "./instance";

type MovedMeeting = { id: string; smeParticipantId: string; buyerParticipantId: string; others: string[] };

export type MoveRefusal = { kind: "busy"; party: string | null } | { kind: "unavailable" } | { kind: "tooManyParties" };

export async function moveRefusal(
  tx: DbClient,
  { eventId, slots, slot, seats, meeting }: { eventId: string; slots: readonly MeetingSlot[]; slot: MeetingSlot; seats: number; meeting: MovedMeeting },
): Promise<MoveRefusal | null> {
  const parties = partiesOfRow(meeting);
  const [participants, busySeats] = await Promise.all([
    tx.eventParticipant.findMany({
      where: { id: { in: parties }, eventId },
      select: { id: true, unavailableSlots: true, _count: { select: { representatives: { where: { noShowAt: null } } } }, ...partyNameSelect },
    }),
    tx.meetingSeat.findMany({
      where: { participantId: { in: parties }, active: true, meetingId: { not: meeting.id }, startsAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
      select: { meetingId: true },
    }),
  ]);
  const busyIds = [...new Set(busySeats.map((seat) => seat.meetingId))].sort();
  const busyParties = await tx.meetingSeat.findMany({ where: { meetingId: { in: busyIds } }, select: { meetingId: true, participantId: true }, orderBy: [{ role: "asc" }, { participantId: "asc" }] });

  const requests: MeetingRequest[] = busyIds.map((id) => {
    const [a = "", b = "", ...others] = busyParties.filter((seat) => seat.meetingId === id).map((seat) => seat.participantId);
    return { id, a, b, ...(others.length > 0 ? { others } : {}), weight: 1 };
  });
  const moved: MeetingRequest = { id: meeting.id, a: meeting.smeParticipantId, b: meeting.buyerParticipantId, ...(meeting.others.length > 0 ? { others: meeting.others } : {}), weight: 1 };
  const known = new Set(parties);
  const instance: Instance = {
    slots: slots.length,
    // Each meeting at its own table: tables are checked against the database's rows instead.
    tables: requests.length + 1,
    seats,
    participants: [
      ...participants.map((participant) => ({
        id: participant.id,
        representatives: Math.max(1, participant._count.representatives),
        available: slots.filter((candidate) => !participant.unavailableSlots.some((time) => time.getTime() === candidate.startsAt.getTime())).map((candidate) => candidate.index),
      })),
      ...[...new Set(busyParties.map((seat) => seat.participantId))].filter((id) => !known.has(id)).map((id) => ({ id })),
    ],
    requests: [...requests, moved],
  };
  const placements: Placement[] = requests.map((request, table) => ({ request: request.id, slot: slot.index, table }));
  const conflicts = checkMove(instance, { meetings: placements }, { request: meeting.id, slot: slot.index, table: requests.length });

  if (conflicts.some((conflict) => conflict.kind === "participant-double-booked")) {
    // Which party has no one free then: named when it is a group's, so staff know whom to ask.
    const over = participants.find((participant) => requests.filter((request) => [request.a, request.b, ...(request.others ?? [])].includes(participant.id)).length >= Math.max(1, participant._count.representatives));
    return { kind: "busy", party: meeting.others.length > 0 && over ? partyName(over) : null };
  }
  if (conflicts.some((conflict) => conflict.kind === "too-many-parties")) return { kind: "tooManyParties" };
  if (conflicts.some((conflict) => conflict.kind === "participant-unavailable" || conflict.kind === "unknown-participant")) return { kind: "unavailable" };
  return null;
}
