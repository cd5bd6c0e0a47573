// Checking participants in at the venue. Check-in is per person: a representative's code (their
// agenda's QR code) checks that representative in; the participant's own code is its first
// representative's. The participant counts as present (EventParticipant.checkedInAt, what
// outcomes' attendance rule reads) from the first of its people to arrive. Each write is a
// conditional UPDATE (only an approved participant of THIS event, only if not yet set), so two
// staff phones scanning the same QR code at once check in once: the second waits for the
// first's row lock, then finds it already set.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { db, type DbClient } from "@/lib/db";

export type CheckInKey = { code: string } | { participantId: string; representativeId?: string };

export type CheckInResult = { participantId: string; representativeId: string | null; checkedInAt: Date; alreadyCheckedIn: boolean };

/** The participant of this event and the person a key names (null: its first representative). */
async function findPerson(tx: DbClient, eventId: string, key: CheckInKey): Promise<{ participantId: string; representativeId: string | null } | null> {
  if ("participantId" in key) {
    if (!key.representativeId) return { participantId: key.participantId, representativeId: null };
    const person = await tx.eventRepresentative.findFirst({ where: { id: key.representativeId, participantId: key.participantId }, select: { id: true } });
    return person ? { participantId: key.participantId, representativeId: person.id } : null;
  }
  const own = await tx.eventParticipant.findFirst({ where: { eventId, checkInCode: key.code }, select: { id: true } });
  if (own) return { participantId: own.id, representativeId: null };
  const person = await tx.eventRepresentative.findFirst({ where: { checkInCode: key.code, participant: { eventId } }, select: { id: true, participantId: true } });
  return person ? { participantId: person.participantId, representativeId: person.id } : null;
}

export async function checkInParticipant(actorId: string | null, eventId: string, key: CheckInKey, now: Date = new Date()): Promise<CheckInResult> {
  return db.$transaction(async (tx) => {
    const found = await findPerson(tx, eventId, key);
    if (!found) throw new UserFacingError("CheckIn.errors.unknown");
    const where = { eventId, id: found.participantId };
    const arrived = await tx.eventParticipant.updateMany({ where: { ...where, status: "APPROVED", checkedInAt: null }, data: { checkedInAt: now } });
    const row = await tx.eventParticipant.findFirst({ where, select: { id: true, status: true, checkedInAt: true } });
    if (!row) throw new UserFacingError("CheckIn.errors.unknown");
    if (row.status !== "APPROVED" || !row.checkedInAt) throw new UserFacingError("CheckIn.errors.notApproved");
    // The person checked in: the one whose code was scanned (the participant's own code is its
    // first representative's), the one picked on the list, or, when the list names nobody and
    // none of the participant's people is in yet, the first.
    const byPerson = "code" in key || found.representativeId !== null;
    const personWhere = found.representativeId ? { id: found.representativeId } : { participantId: row.id, position: 1 };
    const anyoneIn = byPerson ? 0 : await tx.eventRepresentative.count({ where: { participantId: row.id, checkedInAt: { not: null } } });
    const marked = anyoneIn > 0 ? { count: 0 } : await tx.eventRepresentative.updateMany({ where: { ...personWhere, checkedInAt: null }, data: { checkedInAt: now } });
    const person = await tx.eventRepresentative.findFirst({ where: personWhere, select: { id: true, checkedInAt: true } });
    const already = byPerson ? marked.count === 0 : arrived.count === 0;
    const checkedInAt = (byPerson ? person?.checkedInAt : row.checkedInAt) ?? row.checkedInAt;
    if (already) return { participantId: row.id, representativeId: person?.id ?? null, checkedInAt, alreadyCheckedIn: true };
    await recordAudit(tx, {
      actorId,
      action: "participant.check-in",
      entityType: "EventParticipant",
      entityId: row.id,
      data: { eventId, by: "code" in key ? "code" : "list", representativeId: person?.id ?? null },
    });
    return { participantId: row.id, representativeId: person?.id ?? null, checkedInAt, alreadyCheckedIn: false };
  });
}

/**
 * Takes back a mistaken check-in: of one person when representativeId names one (the participant
 * stays present while another of its people is), else of the participant and all its people;
 * false when that was not checked in.
 */
export async function undoCheckIn(actorId: string | null, eventId: string, participantId: string, representativeId?: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (representativeId) {
      const person = await tx.eventRepresentative.updateMany({ where: { id: representativeId, participantId, participant: { eventId }, checkedInAt: { not: null } }, data: { checkedInAt: null } });
      if (person.count === 0) return false;
      const stillIn = await tx.eventRepresentative.count({ where: { participantId, checkedInAt: { not: null } } });
      if (stillIn === 0) await tx.eventParticipant.updateMany({ where: { id: participantId, eventId }, data: { checkedInAt: null } });
    } else {
      const updated = await tx.eventParticipant.updateMany({ where: { id: participantId, eventId, checkedInAt: { not: null } }, data: { checkedInAt: null } });
      if (updated.count === 0) return false;
      await tx.eventRepresentative.updateMany({ where: { participantId, checkedInAt: { not: null } }, data: { checkedInAt: null } });
    }
    await recordAudit(tx, { actorId, action: "participant.check-in-undo", entityType: "EventParticipant", entityId: participantId, data: { eventId, representativeId: representativeId ?? null } });
    return true;
  });
}
