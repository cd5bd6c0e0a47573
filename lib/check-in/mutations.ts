// Checking participants in at the venue. The write is one conditional UPDATE (only an approved
// participant of THIS event not yet checked in), so two staff phones scanning the same QR code at
// once check in once: the second waits for the first's row lock, then finds it already set.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";

export type CheckInKey = { code: string } | { participantId: string };

export type CheckInResult = { participantId: string; checkedInAt: Date; alreadyCheckedIn: boolean };

const keyWhere = (key: CheckInKey) => ("code" in key ? { checkInCode: key.code } : { id: key.participantId });

export async function checkInParticipant(actorId: string | null, eventId: string, key: CheckInKey, now: Date = new Date()): Promise<CheckInResult> {
  return db.$transaction(async (tx) => {
    const where = { eventId, ...keyWhere(key) };
    const updated = await tx.eventParticipant.updateMany({ where: { ...where, status: "APPROVED", checkedInAt: null }, data: { checkedInAt: now } });
    const row = await tx.eventParticipant.findFirst({ where, select: { id: true, status: true, checkedInAt: true } });
    if (!row) throw new UserFacingError("CheckIn.errors.unknown");
    if (row.status !== "APPROVED" || !row.checkedInAt) throw new UserFacingError("CheckIn.errors.notApproved");
    if (updated.count === 0) return { participantId: row.id, checkedInAt: row.checkedInAt, alreadyCheckedIn: true };
    await recordAudit(tx, { actorId, action: "participant.check-in", entityType: "EventParticipant", entityId: row.id, data: { eventId, by: "code" in key ? "code" : "list" } });
    return { participantId: row.id, checkedInAt: row.checkedInAt, alreadyCheckedIn: false };
  });
}

/** Takes back a mistaken check-in; false when the participant was not checked in. */
export async function undoCheckIn(actorId: string | null, eventId: string, participantId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.eventParticipant.updateMany({ where: { id: participantId, eventId, checkedInAt: { not: null } }, data: { checkedInAt: null } });
    if (updated.count === 0) return false;
    await recordAudit(tx, { actorId, action: "participant.check-in-undo", entityType: "EventParticipant", entityId: participantId, data: { eventId } });
    return true;
  });
}
