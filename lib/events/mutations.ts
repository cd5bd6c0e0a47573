// Staff's writes of events: create and edit (with the meeting sessions), publish, unpublish,
// cancel, complete, and decide on participants. Each takes the caller's transaction client and
// records its audit row in it; mail goes out after the commit (lib/events/notify.ts) from the
// facts returned here.
import "server-only";
import { firstFreeSlug, slugify } from "@/lib/account-lifecycle/slug";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { newCheckInCode } from "@/lib/events/check-in-code";
import { cancelMeetingsOfParticipants } from "./leave";
import { canReopen } from "./phase";
import type { DbClient } from "@/lib/db";
import type { EventStatus, ParticipantKind, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { capacityField, type DecisionInput, decidableFrom, type EventFormInput, type EventStatusChange, type ParticipantDecision, type SessionRow } from "./schemas";

function eventData(input: EventFormInput) {
  const { sessions: _sessions, ...data } = input;
  return data;
}

async function freeSlug(tx: DbClient, title: string): Promise<string> {
  const base = slugify(title, "acara");
  const taken = await tx.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, taken.map((row) => row.slug));
}

/** A new DRAFT event with its sessions; the slug comes from the title and is unique. */
export async function createEvent(tx: DbClient, actorId: string, input: EventFormInput): Promise<{ eventId: string }> {
  const event = await tx.event.create({
    data: {
      ...eventData(input),
      slug: await freeSlug(tx, input.title),
      createdById: actorId,
      sessions: { create: input.sessions.map((session) => ({ startsAt: session.startsAt, endsAt: session.endsAt })) },
    },
    select: { id: true, slug: true },
  });
  await recordAudit(tx, { actorId, action: "event.create", entityType: "Event", entityId: event.id, data: { slug: event.slug, sessions: input.sessions.length } });
  return { eventId: event.id };
}

const sameSessions = (a: readonly SessionRow[], b: readonly SessionRow[]) =>
  a.length === b.length && a.every((session, i) => session.startsAt.getTime() === b[i]!.startsAt.getTime() && session.endsAt.getTime() === b[i]!.endsAt.getTime());

/**
 * Saves the form over a DRAFT or PUBLISHED event. The slug stays (links were shared). Once
 * meetings are placed, the sessions, slot length and tables stay too (the schedule is built on
 * them); a capacity may not drop below the participants already approved.
 */
export async function updateEvent(tx: DbClient, actorId: string, eventId: string, input: EventFormInput): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: { status: true, slotMinutes: true, tableCount: true, sessions: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } } },
  });
  if (!event) throw new UserFacingError("EventAdmin.errors.notFound");
  if (event.status !== "DRAFT" && event.status !== "PUBLISHED") throw new UserFacingError("EventAdmin.errors.closedForEdits");
  const sessionsChanged = !sameSessions(event.sessions, input.sessions);
  if (sessionsChanged || event.slotMinutes !== input.slotMinutes || event.tableCount !== input.tableCount) {
    const placed = await tx.meeting.count({ where: { eventId, startsAt: { not: null } } });
    if (placed > 0) throw new UserFacingError("EventAdmin.errors.scheduleExists", "sessions");
  }
  const approved = await approvedCounts(tx, eventId);
  for (const kind of Object.keys(capacityField) as ParticipantKind[]) {
    const capacity = input[capacityField[kind]];
    if (capacity !== null && capacity < approved[kind]) throw new UserFacingError("EventAdmin.errors.capacityBelowApproved", capacityField[kind]);
  }
  if (input.representativeLimit !== undefined) {
    // A limit below the people an organisation already registered would strand some of them.
    const [most] = await tx.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "EventRepresentative" r JOIN "EventParticipant" p ON p."id" = r."participantId"
      WHERE p."eventId" = ${eventId} GROUP BY r."participantId" ORDER BY count DESC LIMIT 1`;
    if (most && most.count > input.representativeLimit) throw new UserFacingError("EventAdmin.errors.representativeLimitBelowRegistered", "representativeLimit");
  }
  await tx.event.update({ where: { id: eventId }, data: eventData(input), select: { id: true } });
  if (sessionsChanged) {
    await tx.eventSession.deleteMany({ where: { eventId } });
    await tx.eventSession.createMany({ data: input.sessions.map((session) => ({ eventId, ...session })) });
  }
  await recordAudit(tx, { actorId, action: "event.update", entityType: "Event", entityId: eventId, data: { sessionsChanged } });
}

const transitions: Record<EventStatusChange, { from: EventStatus[]; to: EventStatus; audit: "event.publish" | "event.unpublish" | "event.cancel" | "event.complete" | "event.reopen" }> = {
  publish: { from: ["DRAFT"], to: "PUBLISHED", audit: "event.publish" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT", audit: "event.unpublish" },
  cancel: { from: ["DRAFT", "PUBLISHED"], to: "CANCELLED", audit: "event.cancel" },
  complete: { from: ["PUBLISHED"], to: "COMPLETED", audit: "event.complete" },
  reopen: { from: ["COMPLETED"], to: "PUBLISHED", audit: "event.reopen" },
};

/**
 * Moves an event along its life: publish, back to draft (while nobody is approved), cancel,
 * complete (once started), and reopen a completion the same Jakarta day.
 */
export async function changeEventStatus(tx: DbClient, actorId: string, eventId: string, change: EventStatusChange, now: Date = new Date()): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { status: true, startsAt: true, completedAt: true } });
  if (!event) throw new UserFacingError("EventAdmin.errors.notFound");
  const transition = transitions[change];
  if (change === "reopen" && event.status === "COMPLETED" && !canReopen(event, now)) throw new UserFacingError("EventAdmin.errors.reopenTooLate");
  if (!transition.from.includes(event.status)) throw new UserFacingError("EventAdmin.errors.statusChange");
  if (change === "unpublish" && (await tx.eventParticipant.count({ where: { eventId, status: "APPROVED" } })) > 0) {
    throw new UserFacingError("EventAdmin.errors.unpublishApproved");
  }
  if (change === "complete" && now < event.startsAt) throw new UserFacingError("EventAdmin.errors.completeBeforeStart");
  const completedAt = change === "complete" ? now : change === "reopen" ? null : undefined;
  await tx.event.update({ where: { id: eventId }, data: { status: transition.to, completedAt }, select: { id: true } });
  await recordAudit(tx, { actorId, action: transition.audit, entityType: "Event", entityId: eventId, data: { from: event.status } });
}

async function approvedCounts(tx: DbClient, eventId: string): Promise<Record<ParticipantKind, number>> {
  const groups = await tx.eventParticipant.groupBy({ by: ["kind"], where: { eventId, status: "APPROVED" }, _count: { _all: true } });
  const counts: Record<ParticipantKind, number> = { SME: 0, BUYER: 0, PARTNER: 0 };
  for (const group of groups) counts[group.kind] = group._count._all;
  return counts;
}

const decisionStatus: Record<ParticipantDecision, ParticipantStatus> = { approve: "APPROVED", waitlist: "WAITLISTED", reject: "REJECTED" };

export type DecisionResult = { decision: ParticipantDecision; eventId: string; participantIds: string[]; kind: ParticipantKind; skipped: number };

/**
 * Staff's decision on one or more applications of an event. Under a lock on the event row, so two
 * staff approving at once are counted one after the other and a kind's capacity is never passed:
 * an approval that does not fit refuses the whole batch, saying how many places are left.
 * Withdrawals take the same lock (lib/events/registration.ts), and each row is decided only while
 * it still has the status staff saw: one row that changed since the list was opened (withdrawn,
 * or decided by someone else) refuses a single decision; a bulk decision skips such rows and
 * says how many. A participant already in the target status or checked in is refused.
 */
export async function decideParticipants(tx: DbClient, actorId: string, input: DecisionInput, now: Date = new Date()): Promise<DecisionResult> {
  const { eventId, decision, participantIds, seenStatus } = input;
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { status: true, capacitySme: true, capacityBuyer: true, capacityPartner: true } });
  if (!event) throw new UserFacingError("EventAdmin.errors.notFound");
  if (event.status !== "PUBLISHED") throw new UserFacingError("EventAdmin.errors.decisionsClosed");
  const rows = await tx.eventParticipant.findMany({
    where: { eventId, id: { in: participantIds } },
    select: { id: true, kind: true, status: true, checkedInAt: true },
  });
  if (rows.length !== participantIds.length) throw new UserFacingError("EventAdmin.errors.participantNotFound");
  const participants = rows.filter((row) => row.status === seenStatus[row.id]);
  if (participants.length === 0) {
    if (rows.length > 1) throw new UserFacingError("EventAdmin.errors.allChanged");
    throw new UserFacingError(rows[0]!.status === "WITHDRAWN" ? "EventAdmin.errors.participantWithdrew" : "EventAdmin.errors.participantChanged");
  }
  if (participants.some((participant) => !decidableFrom[decision].includes(participant.status) || participant.checkedInAt)) {
    throw new UserFacingError("EventAdmin.errors.decisionNotAllowed");
  }
  if (decision === "approve") {
    const approved = await approvedCounts(tx, eventId);
    for (const kind of Object.keys(capacityField) as ParticipantKind[]) {
      const capacity = event[capacityField[kind]];
      const adding = participants.filter((participant) => participant.kind === kind).length;
      if (capacity !== null && adding > 0 && approved[kind] + adding > capacity) {
        throw new UserFacingError(`EventAdmin.errors.capacityFull${kind}`);
      }
    }
  }
  for (const participant of participants) {
    // Conditional on the status read under the lock: never overwrites a change made meanwhile
    // (a check-in at the door does not take the event lock).
    const updated = await tx.eventParticipant.updateMany({
      where: { id: participant.id, status: participant.status, checkedInAt: null },
      data: {
        status: decisionStatus[decision],
        decidedAt: now,
        checkInCode: decision === "approve" ? newCheckInCode() : null,
      },
    });
    if (updated.count !== 1) throw new UserFacingError("EventAdmin.errors.participantChanged");
    await recordAudit(tx, {
      actorId,
      action: `participant.${decision}`,
      entityType: "EventParticipant",
      entityId: participant.id,
      data: { eventId, kind: participant.kind, from: participant.status },
    });
  }
  // Whoever is no longer approved keeps no meeting at the event.
  if (decision !== "approve") await cancelMeetingsOfParticipants(tx, actorId, participants.filter((participant) => participant.status === "APPROVED").map((participant) => participant.id));
  return { decision, eventId, participantIds: participants.map((participant) => participant.id), kind: participants[0]!.kind, skipped: rows.length - participants.length };
}
