// What happens at the desk on the event day, each followed by a refill (lib/meetings/live.ts):
// staff cancel a placed meeting, mark a meeting as a no-show, or mark a participant (or one of
// its representatives) absent; staff or a participant ask a walk-in meeting. A meeting taken out
// before its slot begins gives its time and table back (its place is cleared; the audit keeps
// where it was); one whose slot has begun keeps its place as the record. Every happening is
// audited, with the freed place, in the transaction that makes it.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import { firstSlotAhead } from "./live-input";
import { type LiveEvent, lockLiveEvent, type RefillReport, refillEvent } from "./live";

export type FreedMeeting = { id: string; reason: "cancelled" | "noShow" | "absent"; absentParticipantId?: string };
export type HappeningResult = { eventId: string; refill: RefillReport; freed: FreedMeeting[] };

const meetingSelect = { id: true, eventId: true, status: true, startsAt: true, endsAt: true, tableNumber: true, smeParticipantId: true, buyerParticipantId: true } as const;

/** The meeting, under its event's live lock, checked to be placed and not yet held. */
async function placedMeeting(tx: DbClient, meetingId: string, now: Date) {
  const found = await tx.meeting.findUnique({ where: { id: meetingId }, select: { eventId: true } });
  if (!found) throw new UserFacingError("LiveDay.errors.meetingNotFound");
  const event = await lockLiveEvent(tx, found.eventId, now);
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: meetingSelect });
  if (meeting.status === "HELD") throw new UserFacingError("LiveDay.errors.alreadyHeld");
  if (meeting.status === "NO_SHOW") throw new UserFacingError("LiveDay.errors.alreadyNoShow");
  if (meeting.status === "CANCELLED") throw new UserFacingError("LiveDay.errors.alreadyCancelled");
  if (meeting.status !== "SCHEDULED" || !meeting.startsAt || !meeting.endsAt) throw new UserFacingError("LiveDay.errors.notPlaced");
  return { event, meeting: { ...meeting, startsAt: meeting.startsAt, endsAt: meeting.endsAt } };
}

/** Ends a meeting as `status`; before its slot begins its time and table are given back. */
async function takeOut(tx: DbClient, meetingId: string, status: "CANCELLED" | "NO_SHOW", ahead: boolean) {
  await tx.meeting.update({
    where: { id: meetingId },
    data: ahead ? { status, startsAt: null, endsAt: null, tableNumber: null, placedByStaff: false } : { status },
  });
}

const place = (meeting: { startsAt: Date; tableNumber: number | null }) => ({ startsAt: meeting.startsAt.toISOString(), table: meeting.tableNumber });

/** Staff cancel a placed meeting that has not begun (one that has begun is a no-show, or held). */
export async function cancelLiveMeeting(tx: DbClient, actorId: string, meetingId: string, now: Date = new Date()): Promise<HappeningResult> {
  const { event, meeting } = await placedMeeting(tx, meetingId, now);
  if (meeting.startsAt <= now) throw new UserFacingError("LiveDay.errors.meetingBegun");
  await takeOut(tx, meeting.id, "CANCELLED", true);
  await recordAudit(tx, { actorId, action: "live.cancel", entityType: "Meeting", entityId: meeting.id, data: { eventId: event.id, freed: place(meeting) } });
  return { eventId: event.id, freed: [{ id: meeting.id, reason: "cancelled" }], refill: await refillEvent(tx, actorId, event, now) };
}

/** Staff mark a placed meeting as a no-show (one side will not come, or did not). */
export async function markMeetingNoShow(tx: DbClient, actorId: string, meetingId: string, now: Date = new Date()): Promise<HappeningResult> {
  const { event, meeting } = await placedMeeting(tx, meetingId, now);
  const ahead = meeting.startsAt > now;
  await takeOut(tx, meeting.id, "NO_SHOW", ahead);
  await recordAudit(tx, { actorId, action: "live.no-show", entityType: "Meeting", entityId: meeting.id, data: { eventId: event.id, freed: ahead ? place(meeting) : null } });
  return { eventId: event.id, freed: [{ id: meeting.id, reason: "noShow" }], refill: await refillEvent(tx, actorId, event, now) };
}

export type AbsentInput = { participantId: string; representativeId?: string };

/**
 * Staff mark a participant, or one of its representatives, absent. Each of their meetings still
 * ahead moves to another representative of theirs who is present and free then; a meeting no one
 * can take is cancelled for the day (reason: absent).
 */
export async function markAbsent(tx: DbClient, actorId: string, input: AbsentInput, now: Date = new Date()): Promise<HappeningResult> {
  const found = await tx.eventParticipant.findUnique({ where: { id: input.participantId }, select: { eventId: true } });
  if (!found) throw new UserFacingError("LiveDay.errors.participantNotFound");
  const event = await lockLiveEvent(tx, found.eventId, now);
  const participant = await tx.eventParticipant.findUniqueOrThrow({
    where: { id: input.participantId },
    select: { id: true, status: true, checkedInAt: true, representatives: { select: { id: true, checkedInAt: true, noShowAt: true }, orderBy: { position: "asc" } } },
  });
  if (participant.status !== "APPROVED") throw new UserFacingError("LiveDay.errors.participantNotFound");
  let absent = participant.representatives.filter((representative) => representative.noShowAt === null);
  if (input.representativeId) {
    const representative = participant.representatives.find((candidate) => candidate.id === input.representativeId);
    if (!representative) throw new UserFacingError("LiveDay.errors.participantNotFound");
    if (representative.checkedInAt) throw new UserFacingError("LiveDay.errors.checkedIn");
    absent = absent.filter((candidate) => candidate.id === representative.id);
  } else if (participant.checkedInAt || absent.some((representative) => representative.checkedInAt)) {
    throw new UserFacingError("LiveDay.errors.checkedIn");
  }
  if (absent.length === 0) throw new UserFacingError("LiveDay.errors.alreadyAbsent");
  const absentIds = absent.map((representative) => representative.id);
  await tx.eventRepresentative.updateMany({ where: { id: { in: absentIds } }, data: { noShowAt: now } });

  const seats = await tx.meetingSeat.findMany({
    where: { representativeId: { in: absentIds }, active: true, startsAt: { gt: now } },
    select: { id: true, meetingId: true, startsAt: true, endsAt: true, meeting: { select: { tableNumber: true } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const freed: FreedMeeting[] = [];
  let moved = 0;
  for (const seat of seats) {
    if (!seat.startsAt || !seat.endsAt) continue;
    const [free] = await tx.$queryRaw<{ id: string }[]>`
      SELECT r.id FROM "EventRepresentative" r
      WHERE r."participantId" = ${participant.id} AND r."noShowAt" IS NULL AND NOT EXISTS (
        SELECT 1 FROM "MeetingSeat" o
        WHERE o."representativeId" = r.id AND o.active AND o.id <> ${seat.id} AND o."startsAt" < ${seat.endsAt} AND o."endsAt" > ${seat.startsAt})
      ORDER BY r.position LIMIT 1`;
    if (free) {
      await tx.meetingSeat.update({ where: { id: seat.id }, data: { representativeId: free.id } });
      moved += 1;
    } else {
      await takeOut(tx, seat.meetingId, "CANCELLED", true);
      await recordAudit(tx, {
        actorId,
        action: "live.cancel",
        entityType: "Meeting",
        entityId: seat.meetingId,
        data: { eventId: event.id, reason: "absent", absentParticipantId: participant.id, freed: place({ startsAt: seat.startsAt, tableNumber: seat.meeting.tableNumber }) },
      });
      freed.push({ id: seat.meetingId, reason: "absent", absentParticipantId: participant.id });
    }
  }
  await recordAudit(tx, {
    actorId,
    action: "live.absent",
    entityType: "EventParticipant",
    entityId: participant.id,
    data: { eventId: event.id, representatives: absentIds, moved, cancelled: freed.map((meeting) => meeting.id) },
  });
  return { eventId: event.id, freed, refill: await refillEvent(tx, actorId, event, now) };
}

export type WalkInInput = { eventId: string; requesterId: string; targetId: string };
export type WalkInResult = HappeningResult & { meetingId: string; placed: { startsAt: Date; tableNumber: number } | null };

/** The two parties of a walk-in: approved participants of the event, an SME and a buyer, someone of each present. */
async function walkInPair(tx: DbClient, event: LiveEvent, requesterId: string, targetId: string) {
  const rows = await tx.eventParticipant.findMany({
    where: { id: { in: [requesterId, targetId] }, eventId: event.id, status: "APPROVED", kind: { in: ["SME", "BUYER"] } },
    select: { id: true, kind: true, _count: { select: { representatives: { where: { noShowAt: null } } } } },
  });
  const requester = rows.find((row) => row.id === requesterId);
  const target = rows.find((row) => row.id === targetId);
  if (!requester) throw new UserFacingError("LiveDay.errors.participantNotFound");
  if (!target || target.kind === requester.kind) throw new UserFacingError("LiveDay.errors.pickParticipant");
  if (requester._count.representatives === 0 || target._count.representatives === 0) throw new UserFacingError("LiveDay.errors.participantAbsent");
  return requester.kind === "SME" ? { smeParticipantId: requester.id, buyerParticipantId: target.id } : { smeParticipantId: target.id, buyerParticipantId: requester.id };
}

/**
 * A meeting asked for on the day, by staff or by one of the parties: accepted at once and placed
 * into the earliest free common slot ahead, or left waiting at the head of the waiting list.
 * `requestedById` is the asking participant (null when staff ask).
 */
export async function requestWalkIn(tx: DbClient, actorId: string, input: WalkInInput, requestedById: string | null, now: Date = new Date()): Promise<WalkInResult> {
  const event = await lockLiveEvent(tx, input.eventId, now);
  if (firstSlotAhead(event.slots, now) >= event.slots.length) throw new UserFacingError("LiveDay.errors.noSlotsLeft");
  if (input.requesterId === input.targetId) throw new UserFacingError("LiveDay.errors.pickParticipant");
  const pair = await walkInPair(tx, event, input.requesterId, input.targetId);
  const key = { eventId: event.id, ...pair, groupKey: "" };
  const fields = { status: "ACCEPTED" as const, walkIn: true, requestedById, expiresAt: null, respondedAt: now, startsAt: null, endsAt: null, tableNumber: null, placedByStaff: false };
  const existing = await tx.meeting.findUnique({ where: { eventId_smeParticipantId_buyerParticipantId_groupKey: key }, select: { id: true, status: true } });
  let meetingId: string;
  if (!existing) {
    meetingId = (await tx.meeting.create({ data: { ...key, ...fields }, select: { id: true } })).id;
  } else if (existing.status === "DECLINED") {
    throw new UserFacingError("LiveDay.errors.declinedBefore");
  } else if (existing.status === "REQUESTED" || existing.status === "CANCELLED" || existing.status === "NO_SHOW") {
    // Asked before and not met: the walk-in takes that row over, with whoever goes chosen afresh.
    await tx.meetingSeat.updateMany({ where: { meetingId: existing.id }, data: { representativeId: null } });
    await tx.meeting.update({ where: { id: existing.id }, data: fields });
    meetingId = existing.id;
  } else {
    throw new UserFacingError("LiveDay.errors.alreadyMeeting");
  }
  await recordAudit(tx, { actorId, action: "live.walk-in", entityType: "Meeting", entityId: meetingId, data: { eventId: event.id, by: requestedById ?? "staff", ...pair } });
  const refill = await refillEvent(tx, actorId, event, now);
  const own = refill.placed.find((placement) => placement.id === meetingId);
  return { eventId: event.id, meetingId, freed: [], refill, placed: own ? { startsAt: own.startsAt, tableNumber: own.tableNumber } : null };
}
