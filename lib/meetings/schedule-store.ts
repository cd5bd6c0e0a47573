// The event's meeting schedule in the database: generate it with the scheduler, publish it, and
// let staff place, move or take out a meeting by hand.
//
// "No person in two meetings at once" is the database's rule (exclusion constraint
// MeetingSeat_representative_no_overlap over each party's seats) and "one meeting per table per slot" its
// unique key; the checks here only turn the common cases into clear messages first. Whatever
// slips past them (two staff moving meetings at the same moment) is refused by the constraint
// and reported with the same message.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { sqlState } from "@/lib/db-errors";
import type { DbClient } from "@/lib/db";
import { eventSlots } from "@/lib/events/slots";
import { schedule } from "@/lib/scheduling/schedule";
import { buildInstance, placementsToRows } from "./instance";
import { participantsAtCapacity } from "@/lib/representatives/capacity";
import type { MoveMeetingInput } from "./schemas";

async function lockEvent(tx: DbClient, eventId: string) {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: { id: true, status: true, slotMinutes: true, tableCount: true, schedulePublishedAt: true, sessions: { select: { startsAt: true, endsAt: true } } },
  });
  if (!event) throw new UserFacingError("Schedule.errors.eventNotFound");
  if (event.status === "COMPLETED" || event.status === "CANCELLED") throw new UserFacingError("Schedule.errors.eventClosed");
  const slots = eventSlots(event.sessions, event.slotMinutes);
  if (slots.length === 0) throw new UserFacingError("Schedule.errors.noSessions");
  return { ...event, slots };
}

export type GenerateReport = { requests: number; placed: number; kept: number; unplaced: number; weight: number };

/**
 * Places the event's accepted meetings. Meetings staff placed by hand stay; once the schedule is
 * published every placed meeting stays unless `force`. Runs under a lock on the event row, so two
 * staff pressing the button at once run one after the other.
 */
export async function generateSchedule(tx: DbClient, actorId: string, eventId: string, { force = false }: { force?: boolean } = {}): Promise<GenerateReport> {
  const event = await lockEvent(tx, eventId);
  const [participants, meetings] = await Promise.all([
    tx.eventParticipant.findMany({ where: { eventId, status: "APPROVED", kind: { in: ["SME", "BUYER"] } }, select: { id: true, unavailableSlots: true }, orderBy: { id: "asc" } }),
    tx.meeting.findMany({
      where: { eventId, status: { in: ["ACCEPTED", "SCHEDULED"] } },
      select: { id: true, smeParticipantId: true, buyerParticipantId: true, status: true, mustHappen: true, startsAt: true, tableNumber: true, placedByStaff: true, match: { select: { score: true } } },
      orderBy: { id: "asc" },
    }),
  ]);
  const rows = meetings.map(({ match, status, ...meeting }) => ({ ...meeting, status: status as "ACCEPTED" | "SCHEDULED", matchScore: match?.score ?? null }));
  const { instance, fixedIds } = buildInstance({ slots: event.slots, tables: event.tableCount, participants, meetings: rows, keepPlaced: event.schedulePublishedAt !== null && !force });
  const result = schedule(instance, { seed: 1 });
  const placed = placementsToRows(result.meetings, event.slots, fixedIds);

  // Everything not kept is taken out first, then put where the scheduler says: the scheduler's
  // result has no conflicts, so the constraints hold after each statement.
  const keep = [...fixedIds];
  await tx.$executeRaw`
    UPDATE "Meeting" SET status = 'ACCEPTED', "startsAt" = NULL, "endsAt" = NULL, "tableNumber" = NULL, "placedByStaff" = false, "updatedAt" = now()
    WHERE "eventId" = ${eventId} AND status = 'SCHEDULED' AND NOT (id = ANY(${keep}::text[]))`;
  if (placed.length > 0) {
    const payload = JSON.stringify(placed.map((row) => ({ id: row.id, s: row.startsAt.toISOString(), e: row.endsAt.toISOString(), t: row.tableNumber })));
    await tx.$executeRaw`
      UPDATE "Meeting" AS m SET status = 'SCHEDULED', "startsAt" = v.s, "endsAt" = v.e, "tableNumber" = v.t, "updatedAt" = now()
      FROM jsonb_to_recordset(${payload}::jsonb) AS v(id text, s timestamp, e timestamp, t int)
      WHERE m.id = v.id AND m."eventId" = ${eventId} AND m.status = 'ACCEPTED'`;
  }
  const weightOf = new Map(instance.requests.map((request) => [request.id, request.weight]));
  const report: GenerateReport = {
    requests: instance.requests.length,
    placed: placed.length,
    kept: fixedIds.size,
    unplaced: instance.requests.length - result.meetings.length,
    weight: result.meetings.reduce((sum, placement) => sum + (weightOf.get(placement.request) ?? 0), 0),
  };
  await recordAudit(tx, { actorId, action: "schedule.generate", entityType: "Event", entityId: eventId, data: { ...report, force } });
  return report;
}

/** Participants see their agendas from now on. */
export async function publishSchedule(tx: DbClient, actorId: string, eventId: string): Promise<void> {
  await lockEvent(tx, eventId);
  const placed = await tx.meeting.count({ where: { eventId, status: "SCHEDULED" } });
  if (placed === 0) throw new UserFacingError("Schedule.errors.nothingPlaced");
  await tx.event.update({ where: { id: eventId }, data: { schedulePublishedAt: new Date() } });
  await recordAudit(tx, { actorId, action: "schedule.publish", entityType: "Event", entityId: eventId, data: { placed } });
}

/** Back to a draft only staff see (agendas disappear until it is published again). */
export async function unpublishSchedule(tx: DbClient, actorId: string, eventId: string): Promise<void> {
  await lockEvent(tx, eventId);
  await tx.event.update({ where: { id: eventId }, data: { schedulePublishedAt: null } });
  await recordAudit(tx, { actorId, action: "schedule.unpublish", entityType: "Event", entityId: eventId });
}

/**
 * Staff put an accepted or placed meeting into a slot and at a table. The meeting then stays
 * there when the schedule is generated again.
 */
export async function moveMeeting(tx: DbClient, actorId: string, input: MoveMeetingInput): Promise<{ eventId: string }> {
  const meeting = await tx.meeting.findUnique({
    where: { id: input.meetingId },
    select: { id: true, eventId: true, status: true, smeParticipantId: true, buyerParticipantId: true, startsAt: true, tableNumber: true },
  });
  if (!meeting || (meeting.status !== "ACCEPTED" && meeting.status !== "SCHEDULED")) throw new UserFacingError("Schedule.errors.meetingNotFound");
  const event = await tx.event.findUnique({ where: { id: meeting.eventId }, select: { status: true, slotMinutes: true, tableCount: true, sessions: { select: { startsAt: true, endsAt: true } } } });
  if (!event || event.status === "COMPLETED" || event.status === "CANCELLED") throw new UserFacingError("Schedule.errors.eventClosed");
  const slot = eventSlots(event.sessions, event.slotMinutes)[input.slot];
  if (!slot) throw new UserFacingError("Schedule.errors.slotInvalid", "slot");
  if (input.table > event.tableCount) throw new UserFacingError("Schedule.errors.tableInvalid", "table");

  const participants = [meeting.smeParticipantId, meeting.buyerParticipantId];
  const [busy, tableTaken, unavailable] = await Promise.all([
    participantsAtCapacity(tx, participants, meeting.id, slot).then((full) => full.length),
    tx.meeting.count({ where: { eventId: meeting.eventId, id: { not: meeting.id }, startsAt: slot.startsAt, tableNumber: input.table } }),
    tx.eventParticipant.count({ where: { id: { in: participants }, unavailableSlots: { has: slot.startsAt } } }),
  ]);
  if (busy > 0) throw new UserFacingError("Schedule.errors.participantBusy", "slot");
  if (tableTaken > 0) throw new UserFacingError("Schedule.errors.tableTaken", "table");
  if (unavailable > 0) throw new UserFacingError("Schedule.errors.participantUnavailable", "slot");

  try {
    await tx.$executeRaw`
      UPDATE "Meeting" SET status = 'SCHEDULED', "startsAt" = ${slot.startsAt}, "endsAt" = ${slot.endsAt}, "tableNumber" = ${input.table}, "placedByStaff" = true, "updatedAt" = now()
      WHERE id = ${meeting.id} AND status IN ('ACCEPTED', 'SCHEDULED')`;
  } catch (error) {
    // The transaction is lost either way; the caller's $transaction rolls it back.
    const state = sqlState(error);
    if (state === "23P01") throw new UserFacingError("Schedule.errors.participantBusy", "slot");
    if (state === "23505") throw new UserFacingError("Schedule.errors.tableTaken", "table");
    throw error;
  }
  await recordAudit(tx, {
    actorId,
    action: "schedule.move",
    entityType: "Meeting",
    entityId: meeting.id,
    data: { from: meeting.startsAt ? { startsAt: meeting.startsAt.toISOString(), table: meeting.tableNumber } : null, to: { startsAt: slot.startsAt.toISOString(), table: input.table } },
  });
  return { eventId: meeting.eventId };
}

/** Staff take a meeting out of the schedule; it waits, accepted, for a place again. */
export async function unplaceMeeting(tx: DbClient, actorId: string, meetingId: string): Promise<{ eventId: string }> {
  const [meeting] = await tx.meeting.updateManyAndReturn({
    where: { id: meetingId, status: "SCHEDULED", event: { status: { notIn: ["COMPLETED", "CANCELLED"] } } },
    data: { status: "ACCEPTED", startsAt: null, endsAt: null, tableNumber: null, placedByStaff: false },
    select: { eventId: true },
  });
  if (!meeting) throw new UserFacingError("Schedule.errors.meetingNotFound");
  await recordAudit(tx, { actorId, action: "schedule.unplace", entityType: "Meeting", entityId: meetingId });
  return meeting;
}

/** Staff mark a meeting that must happen: the scheduler places it before any other. */
export async function setMustHappen(tx: DbClient, actorId: string, meetingId: string, mustHappen: boolean): Promise<void> {
  const { count } = await tx.meeting.updateMany({
    where: { id: meetingId, status: { in: ["REQUESTED", "ACCEPTED", "SCHEDULED"] } },
    data: { mustHappen },
  });
  if (count === 0) throw new UserFacingError("Schedule.errors.meetingNotFound");
  await recordAudit(tx, { actorId, action: "meeting.must-happen", entityType: "Meeting", entityId: meetingId, data: { mustHappen } });
}
