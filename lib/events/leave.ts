// A participant leaves the event: the event side of the meetings it was part of. Lives with the
// participant lifecycle (approve, waitlist, reject, withdraw) rather than in lib/meetings, so that
// meetings may depend on events and not the other way round.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { DbClient } from "@/lib/db";

/**
 * A participant leaves the event (withdrawn, rejected or waitlisted after approval): its meetings
 * not yet held are cancelled and freed from the schedule, so nobody waits at a table for them.
 */
export async function cancelMeetingsOfParticipants(tx: DbClient, actorId: string | null, participantIds: readonly string[]): Promise<number> {
  if (participantIds.length === 0) return 0;
  const ids = [...participantIds];
  // A further member of a group meeting leaves the group, which goes on without it; a group whose
  // lead or host leaves is cancelled below like any other meeting.
  const memberSeats = await tx.meetingSeat.findMany({
    where: { participantId: { in: ids }, role: "MEMBER", meeting: { status: { in: ["REQUESTED", "ACCEPTED", "SCHEDULED"] } } },
    select: { id: true, meetingId: true, participantId: true },
  });
  if (memberSeats.length > 0) await tx.meetingSeat.deleteMany({ where: { id: { in: memberSeats.map((seat) => seat.id) } } });
  for (const seat of memberSeats) {
    await recordAudit(tx, { actorId, action: "meeting.cancel", entityType: "Meeting", entityId: seat.meetingId, data: { by: "member-left", participantId: seat.participantId } });
  }
  const cancelled = await tx.meeting.updateManyAndReturn({
    where: { status: { in: ["REQUESTED", "ACCEPTED", "SCHEDULED"] }, OR: [{ smeParticipantId: { in: ids } }, { buyerParticipantId: { in: ids } }] },
    data: { status: "CANCELLED", startsAt: null, endsAt: null, tableNumber: null, placedByStaff: false, expiresAt: null },
    select: { id: true },
  });
  for (const meeting of cancelled) {
    await recordAudit(tx, { actorId, action: "meeting.cancel", entityType: "Meeting", entityId: meeting.id, data: { by: "participant-left" } });
  }
  return cancelled.length;
}
