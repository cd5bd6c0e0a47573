// The rows an event's scheduler instance is built from (lib/meetings/instance.ts): its approved
// participants with the representatives still expected, and its meetings with every party.
import "server-only";
import type { DbClient } from "@/lib/db";
import type { ScheduleMeetingRow, ScheduleParticipantRow } from "./instance";

/** Approved participants of every kind (a partner bank may host a group meeting). */
export async function scheduleParticipants(tx: DbClient, eventId: string, ids?: readonly string[]): Promise<ScheduleParticipantRow[]> {
  const rows = await tx.eventParticipant.findMany({
    where: { eventId, status: "APPROVED", ...(ids ? { id: { in: [...ids] } } : {}) },
    select: { id: true, unavailableSlots: true, _count: { select: { representatives: { where: { noShowAt: null } } } } },
    orderBy: { id: "asc" },
  });
  // Everyone marked absent still counts as one: the organisation may send someone else.
  return rows.map(({ _count, ...row }) => ({ ...row, representatives: Math.max(1, _count.representatives) }));
}

export async function scheduleMeetings(tx: DbClient, eventId: string): Promise<ScheduleMeetingRow[]> {
  const meetings = await tx.meeting.findMany({
    where: { eventId, status: { in: ["ACCEPTED", "SCHEDULED"] } },
    select: {
      id: true, smeParticipantId: true, buyerParticipantId: true, status: true, mustHappen: true, startsAt: true, tableNumber: true, placedByStaff: true,
      match: { select: { score: true } },
      seats: { where: { role: "MEMBER" }, select: { participantId: true }, orderBy: { participantId: "asc" } },
    },
    orderBy: { id: "asc" },
  });
  return meetings.map(({ match, status, seats, ...meeting }) => ({
    ...meeting,
    status: status as "ACCEPTED" | "SCHEDULED",
    matchScore: match?.score ?? null,
    ...(seats.length > 0 ? { others: seats.map((seat) => seat.participantId) } : {}),
  }));
}
