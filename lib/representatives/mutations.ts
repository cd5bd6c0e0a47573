// Writes of an organisation's representatives at an event: add (up to the event's limit, each
// with their own check-in code), edit, remove (never the first, who is the organisation's
// contact and holds the participant's own code; a person seated in placed meetings only when
// every seat can pass to another representative free at that time), and staff's choice of who
// sits in a meeting. Each takes the caller's transaction and records its audit row in it; the
// participant row is locked first, so two forms sent at once never pass the limit together.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import { sqlState } from "@/lib/db-errors";
import { newCheckInCode } from "@/lib/events/check-in-code";
import type { PersonInput, SeatAssignInput } from "./schemas";

const error = (name: string, field?: string) => new UserFacingError(`EventRegistration.representatives.errors.${name}`, field);

/** Registrations that may still change their people (not withdrawn or rejected, event not over). */
async function lockedParticipant(tx: DbClient, eventId: string, participantId: string) {
  await tx.$queryRaw`SELECT id FROM "EventParticipant" WHERE id = ${participantId} FOR UPDATE`;
  const participant = await tx.eventParticipant.findFirst({
    where: { id: participantId, eventId },
    select: { id: true, status: true, event: { select: { status: true, representativeLimit: true } } },
  });
  if (!participant) throw error("notFound");
  if (participant.status === "WITHDRAWN" || participant.status === "REJECTED") throw error("registrationClosed");
  if (participant.event.status === "COMPLETED" || participant.event.status === "CANCELLED") throw error("eventClosed");
  return participant;
}

export async function addRepresentative(tx: DbClient, actorId: string, eventId: string, participantId: string, person: PersonInput): Promise<{ representativeId: string }> {
  const participant = await lockedParticipant(tx, eventId, participantId);
  const existing = await tx.eventRepresentative.aggregate({ where: { participantId }, _count: { _all: true }, _max: { position: true } });
  if (existing._count._all >= participant.event.representativeLimit) throw error("limitReached");
  const created = await tx.eventRepresentative.create({
    data: { participantId, position: (existing._max.position ?? 0) + 1, ...person, checkInCode: newCheckInCode() },
    select: { id: true, position: true },
  });
  await recordAudit(tx, { actorId, action: "representative.add", entityType: "EventRepresentative", entityId: created.id, data: { eventId, participantId, position: created.position } });
  return { representativeId: created.id };
}

export async function updateRepresentative(tx: DbClient, actorId: string, eventId: string, participantId: string, representativeId: string, person: PersonInput): Promise<void> {
  await lockedParticipant(tx, eventId, participantId);
  const updated = await tx.eventRepresentative.updateMany({ where: { id: representativeId, participantId }, data: person });
  if (updated.count === 0) throw error("notFound");
  await recordAudit(tx, { actorId, action: "representative.update", entityType: "EventRepresentative", entityId: representativeId, data: { eventId, participantId } });
}

/** Another representative of the party free during the seat's time (those marked absent last), or null. */
async function freeColleague(tx: DbClient, participantId: string, leaving: string, seat: { id: string; startsAt: Date; endsAt: Date }): Promise<string | null> {
  const colleagues = await tx.eventRepresentative.findMany({
    where: { participantId, id: { not: leaving } },
    select: { id: true, noShowAt: true, position: true },
    orderBy: { position: "asc" },
  });
  const busy = await tx.meetingSeat.findMany({
    where: { representativeId: { in: colleagues.map((c) => c.id) }, active: true, id: { not: seat.id }, startsAt: { lt: seat.endsAt }, endsAt: { gt: seat.startsAt } },
    select: { representativeId: true },
  });
  const taken = new Set(busy.map((row) => row.representativeId));
  const free = colleagues.filter((c) => !taken.has(c.id));
  return (free.find((c) => c.noShowAt === null) ?? free[0])?.id ?? null;
}

/**
 * Removes a representative. Their seats in placed meetings pass to colleagues free then; when one
 * cannot, nothing changes and the message says to add or free someone first.
 */
export async function removeRepresentative(tx: DbClient, actorId: string, eventId: string, participantId: string, representativeId: string): Promise<{ seatsMoved: number }> {
  await lockedParticipant(tx, eventId, participantId);
  const person = await tx.eventRepresentative.findFirst({ where: { id: representativeId, participantId }, select: { id: true, position: true } });
  if (!person) throw error("notFound");
  if (person.position === 1) throw error("firstStays");
  if ((await tx.eventRepresentative.count({ where: { participantId } })) <= 1) throw error("lastStays");
  const seats = await tx.meetingSeat.findMany({
    where: { representativeId, active: true, startsAt: { not: null }, endsAt: { not: null } },
    select: { id: true, startsAt: true, endsAt: true },
    orderBy: { startsAt: "asc" },
  });
  for (const seat of seats) {
    const colleague = await freeColleague(tx, participantId, representativeId, { id: seat.id, startsAt: seat.startsAt!, endsAt: seat.endsAt! });
    if (!colleague) throw error("seatedNoColleague");
    await tx.meetingSeat.update({ where: { id: seat.id }, data: { representativeId: colleague }, select: { id: true } });
  }
  await tx.eventRepresentative.delete({ where: { id: representativeId }, select: { id: true } });
  await recordAudit(tx, { actorId, action: "representative.remove", entityType: "EventRepresentative", entityId: representativeId, data: { eventId, participantId, seatsMoved: seats.length } });
  return { seatsMoved: seats.length };
}

/**
 * Seats the named representative of the party in a placed meeting of the event. The database
 * refuses a person already in another meeting then (exclusion constraint, SQLSTATE 23P01).
 */
export async function assignSeat(tx: DbClient, actorId: string, input: SeatAssignInput): Promise<void> {
  const seat = await tx.meetingSeat.findFirst({
    where: { meetingId: input.meetingId, participantId: input.participantId, meeting: { eventId: input.eventId } },
    select: { id: true, active: true, representativeId: true, meeting: { select: { event: { select: { status: true } } } } },
  });
  if (!seat || !seat.active) throw new UserFacingError("Schedule.errors.meetingNotFound");
  if (seat.meeting.event.status === "COMPLETED" || seat.meeting.event.status === "CANCELLED") throw new UserFacingError("Schedule.errors.eventClosed");
  const person = await tx.eventRepresentative.findFirst({ where: { id: input.representativeId, participantId: input.participantId }, select: { id: true } });
  if (!person) throw error("notFound", "representativeId");
  if (seat.representativeId === person.id) return;
  try {
    await tx.meetingSeat.update({ where: { id: seat.id }, data: { representativeId: person.id }, select: { id: true } });
  } catch (failure) {
    if (sqlState(failure) === "23P01") throw new UserFacingError("Schedule.errors.representativeBusy", "representativeId");
    throw failure;
  }
  await recordAudit(tx, {
    actorId,
    action: "meeting.seat-assign",
    entityType: "Meeting",
    entityId: input.meetingId,
    data: { eventId: input.eventId, participantId: input.participantId, from: seat.representativeId, to: person.id },
  });
}
