// Recording meeting results. A side's record and the meeting's result are written by ONE
// UPDATE: in PostgreSQL a concurrent UPDATE of the same row waits and then re-evaluates against
// the row the other side just committed, so when both sides record at the same moment the
// meeting's result still counts both (GREATEST over the enum, declared in outcome order).
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import type { OwnParticipation } from "@/lib/events/participation";
import { Prisma } from "@/lib/generated/prisma/client";
import { attendedSql } from "@/lib/events/attendance";
import type { AttendanceOverrideInput, NoShowInput, RecordOutcomeInput } from "./schemas";

/** A timestamp parameter as the UTC wall time the timestamp(3) columns hold. */
export const sqlTimestamp = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

const sides = {
  SME: { outcome: '"smeOutcome"', value: '"smeValueRupiah"', note: '"smeNote"', participant: '"smeParticipantId"', otherOutcome: '"buyerOutcome"', otherValue: '"buyerValueRupiah"' },
  BUYER: { outcome: '"buyerOutcome"', value: '"buyerValueRupiah"', note: '"buyerNote"', participant: '"buyerParticipantId"', otherOutcome: '"smeOutcome"', otherValue: '"smeValueRupiah"' },
} as const;


/** Statuses in which a side may record or update its result. */
const recordable = ["SCHEDULED", "HELD"];

export async function recordOutcome(actorId: string, participant: OwnParticipation, input: RecordOutcomeInput, now: Date = new Date()): Promise<void> {
  if (participant.kind === "PARTNER" || participant.status !== "APPROVED") throw new UserFacingError("Outcomes.errors.notFound");
  const side = sides[participant.kind];
  const column = Prisma.raw;
  // The meeting's notes show each side's own note on its line; a side saving again replaces its
  // line instead of adding another.
  const smeNote = participant.kind === "SME" ? Prisma.sql`${input.note}::text` : Prisma.sql`m."smeNote"`;
  const buyerNote = participant.kind === "BUYER" ? Prisma.sql`${input.note}::text` : Prisma.sql`m."buyerNote"`;
  await db.$transaction(async (tx) => {
    const updated = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Meeting" m SET
        ${column(side.outcome)} = ${input.outcome}::"MeetingOutcome",
        ${column(side.value)} = ${input.value}::bigint,
        "outcome" = GREATEST(${input.outcome}::"MeetingOutcome", ${column(side.otherOutcome)}),
        "dealValueRupiah" = GREATEST(${input.value}::bigint, ${column(side.otherValue)}),
        "outcomeAt" = ${sqlTimestamp(now)},
        "status" = 'HELD'::"MeetingStatus",
        ${column(side.note)} = ${input.note}::text,
        "notes" = NULLIF(concat_ws(E'\n', 'IKM: ' || ${smeNote}, 'Pembeli: ' || ${buyerNote}), ''),
        "updatedAt" = ${sqlTimestamp(now)}
      WHERE "id" = ${input.meetingId}
        AND "eventId" = ${participant.eventId}
        AND ${column(side.participant)} = ${participant.id}
        AND "status"::text IN (${Prisma.join(recordable)})
        AND "startsAt" IS NOT NULL AND "startsAt" <= ${sqlTimestamp(now)}
        AND ${attendedSql}
      RETURNING m."id"`;
    if (updated.length === 0) {
      const meeting = await tx.meeting.findFirst({
        where: { id: input.meetingId, eventId: participant.eventId, OR: [{ smeParticipantId: participant.id }, { buyerParticipantId: participant.id }] },
        select: { startsAt: true, status: true },
      });
      if (!meeting?.startsAt) throw new UserFacingError("Outcomes.errors.notFound");
      if (meeting.startsAt > now) throw new UserFacingError("Outcomes.errors.notStarted");
      throw new UserFacingError(recordable.includes(meeting.status) ? "Outcomes.errors.notAttended" : "Outcomes.errors.notRecordable");
    }
    await recordAudit(tx, {
      actorId,
      action: "meeting.outcome",
      entityType: "Meeting",
      entityId: input.meetingId,
      data: { side: participant.kind, outcome: input.outcome, valueRupiah: input.value?.toString() ?? null },
    });
  });
}

/** Staff mark a placed meeting that did not take place as a no-show, or take that back. */
export async function setNoShow(actorId: string | null, { eventId, meetingId, noShow }: NoShowInput): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.meeting.updateMany({
      where: { id: meetingId, eventId, startsAt: { not: null }, status: noShow ? "SCHEDULED" : "NO_SHOW" },
      data: { status: noShow ? "NO_SHOW" : "SCHEDULED" },
    });
    if (updated.count === 0) return false;
    await recordAudit(tx, { actorId, action: noShow ? "meeting.no-show" : "meeting.held", entityType: "Meeting", entityId: meetingId, data: { eventId, noShow } });
    return true;
  });
}

/**
 * Staff let both sides record the result of a placed meeting that the desk did not see both
 * sides check in to (a lost badge, a desk that was down). The reason is kept on the meeting and
 * in the audit log; false when the meeting is not a placed, unrecorded meeting of the event.
 */
export async function overrideAttendance(actorId: string | null, { eventId, meetingId, reason }: AttendanceOverrideInput, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.meeting.updateMany({
      where: { id: meetingId, eventId, startsAt: { not: null }, status: "SCHEDULED", attendanceOverrideAt: null },
      data: { attendanceOverrideReason: reason, attendanceOverrideAt: now },
    });
    if (updated.count === 0) return false;
    await recordAudit(tx, { actorId, action: "meeting.attendance-override", entityType: "Meeting", entityId: meetingId, data: { eventId, reason } });
    return true;
  });
}
