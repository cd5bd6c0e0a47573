// Meeting requests between an event's approved participants: an SME asks a buyer or a buyer an
// SME; the other side accepts or declines before the request expires. A participant may have at
// most the event's pendingRequestLimit unanswered requests out at a time: the count and the insert
// run under a lock on the requester's participant row, so parallel requests cannot overshoot it.
// One meeting per pair and event (the table's unique key): a second request for the same pair
// finds the first; an expired one may be sent again. Every change is audited in its transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { OwnParticipation } from "@/lib/events/participation";
import type { RespondRequestInput } from "./schemas";

/** Requests are sent and answered only for events still ahead. */
async function openEvent(tx: DbClient, eventId: string, now: Date) {
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: { id: true, status: true, endsAt: true, pendingRequestLimit: true, requestExpiryHours: true },
  });
  if (!event) throw new UserFacingError("MeetingRequests.errors.eventNotFound");
  if (event.status !== "PUBLISHED" || event.endsAt <= now) throw new UserFacingError("MeetingRequests.errors.eventClosed");
  return event;
}

export type SendRequestResult = { meetingId: string; targetParticipantId: string };

export async function sendMeetingRequest(
  tx: DbClient,
  actorId: string,
  requester: OwnParticipation,
  targetId: string,
  now: Date = new Date(),
): Promise<SendRequestResult> {
  if (requester.status !== "APPROVED") throw new UserFacingError("MeetingRequests.errors.notApproved");
  if (requester.kind === "PARTNER") throw new UserFacingError("MeetingRequests.errors.partnersDoNotRequest");
  const event = await openEvent(tx, requester.eventId, now);
  const target = await tx.eventParticipant.findFirst({
    where: { id: targetId, eventId: event.id, status: "APPROVED", kind: requester.kind === "SME" ? "BUYER" : "SME" },
    select: { id: true },
  });
  if (!target) throw new UserFacingError("MeetingRequests.errors.pickParticipant", "targetId");

  // Serialises this requester's requests: the count below sees every earlier one.
  await tx.$queryRaw`SELECT id FROM "EventParticipant" WHERE id = ${requester.id} FOR UPDATE`;
  const pending = await tx.meeting.count({ where: { requestedById: requester.id, status: "REQUESTED", expiresAt: { gt: now } } });
  if (pending >= event.pendingRequestLimit) throw new UserFacingError("MeetingRequests.errors.tooManyPending");

  const pair =
    requester.kind === "SME"
      ? { smeParticipantId: requester.id, buyerParticipantId: target.id }
      : { smeParticipantId: target.id, buyerParticipantId: requester.id };
  const key = { eventId: event.id, ...pair, groupKey: "" };
  const expiresAt = new Date(now.getTime() + event.requestExpiryHours * 3_600_000);
  const existing = await tx.meeting.findUnique({ where: { eventId_smeParticipantId_buyerParticipantId_groupKey: key }, select: { id: true, status: true, expiresAt: true } });
  let meetingId: string;
  if (existing) {
    // An expired or withdrawn request may be sent again (by either side); a declined one may not.
    const expired = existing.status === "REQUESTED" && existing.expiresAt !== null && existing.expiresAt <= now;
    if (!expired && existing.status !== "CANCELLED") {
      throw new UserFacingError(existing.status === "DECLINED" ? "MeetingRequests.errors.declinedBefore" : "MeetingRequests.errors.alreadyExists");
    }
    await tx.meeting.update({ where: { id: existing.id }, data: { status: "REQUESTED", requestedById: requester.id, expiresAt, respondedAt: null } });
    meetingId = existing.id;
  } else {
    const created = await tx.meeting.create({ data: { ...key, status: "REQUESTED", requestedById: requester.id, expiresAt }, select: { id: true } });
    meetingId = created.id;
  }
  await recordAudit(tx, { actorId, action: "meeting.request", entityType: "Meeting", entityId: meetingId, data: { eventId: event.id, from: requester.id, to: target.id } });
  return { meetingId, targetParticipantId: target.id };
}

/** The side that did not send the request answers it, while it has not expired. */
export async function respondToMeetingRequest(tx: DbClient, actorId: string, responder: OwnParticipation, input: RespondRequestInput, now: Date = new Date()) {
  if (responder.status !== "APPROVED") throw new UserFacingError("MeetingRequests.errors.notApproved");
  await openEvent(tx, responder.eventId, now);
  const side = responder.kind === "SME" ? { smeParticipantId: responder.id } : { buyerParticipantId: responder.id };
  const { count } = await tx.meeting.updateMany({
    where: { id: input.meetingId, eventId: responder.eventId, ...side, status: "REQUESTED", requestedById: { not: responder.id }, expiresAt: { gt: now } },
    data: { status: input.answer, respondedAt: now },
  });
  if (count === 0) {
    const mine = await tx.meeting.findFirst({ where: { id: input.meetingId, eventId: responder.eventId, ...side }, select: { status: true, expiresAt: true, requestedById: true } });
    if (!mine) throw new UserFacingError("MeetingRequests.errors.notFound");
    if (mine.status === "REQUESTED" && mine.requestedById === responder.id) throw new UserFacingError("MeetingRequests.errors.ownRequest");
    if (mine.status === "REQUESTED" && mine.expiresAt && mine.expiresAt <= now) throw new UserFacingError("MeetingRequests.errors.expired");
    throw new UserFacingError("MeetingRequests.errors.alreadyAnswered");
  }
  await recordAudit(tx, { actorId, action: "meeting.respond", entityType: "Meeting", entityId: input.meetingId, data: { answer: input.answer } });
}

/** The requester withdraws an unanswered request. */
export async function cancelMeetingRequest(tx: DbClient, actorId: string, requester: OwnParticipation, meetingId: string) {
  const { count } = await tx.meeting.updateMany({
    where: { id: meetingId, eventId: requester.eventId, requestedById: requester.id, status: "REQUESTED" },
    data: { status: "CANCELLED", expiresAt: null },
  });
  if (count === 0) throw new UserFacingError("MeetingRequests.errors.notFound");
  await recordAudit(tx, { actorId, action: "meeting.cancel", entityType: "Meeting", entityId: meetingId, data: { by: "requester" } });
}
