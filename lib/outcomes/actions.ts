"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { partyOf } from "@/lib/auth/party";
import { db } from "@/lib/db";
import { findParticipation } from "@/lib/events/participation";
import { overrideAttendance, recordOutcome, setNoShow } from "./mutations";
import { attendanceOverrideSchema, noShowSchema, recordOutcomeSchema } from "./schemas";

/** "Hasil pertemuan" on the agenda: the signed-in party records (or later updates) its own result. */
export const recordOutcomeAction = defineFormAction({
  name: "outcomes.record",
  access: "event:take-part",
  schema: recordOutcomeSchema,
  async run(input, actor) {
    const party = actor ? partyOf(actor) : null;
    const meeting = await db.meeting.findUnique({ where: { id: input.meetingId }, select: { eventId: true, event: { select: { slug: true } } } });
    const participant = party && meeting ? await findParticipation(party, meeting.eventId) : null;
    if (!actor || !meeting || !participant) throw new UserFacingError("Outcomes.errors.notFound");
    await recordOutcome(actor.id, participant, input);
    revalidatePath(`/peserta/acara/${meeting.event.slug}/agenda`);
    revalidatePath("/staf/tindak-lanjut");
    revalidatePath(`/staf/acara/${meeting.eventId}/laporan`);
    return { ok: true, message: "Outcomes.saved" };
  },
});

export const setNoShowAction = defineFormAction({
  name: "outcomes.noShow",
  access: "meeting:schedule",
  schema: noShowSchema,
  async run(input, actor) {
    const changed = await setNoShow(actor?.id ?? null, input);
    if (!changed) throw new UserFacingError("EventReport.errors.notChanged");
    revalidatePath(`/staf/acara/${input.eventId}/laporan`);
    return { ok: true, message: input.noShow ? "EventReport.markedNoShow" : "EventReport.unmarkedNoShow" };
  },
});

/** Staff allow a result for a meeting whose sides were not both checked in, with a reason. */
export const overrideAttendanceAction = defineFormAction({
  name: "outcomes.overrideAttendance",
  access: "meeting:schedule",
  schema: attendanceOverrideSchema,
  async run(input, actor) {
    const changed = await overrideAttendance(actor?.id ?? null, input);
    if (!changed) throw new UserFacingError("EventReport.errors.notChanged");
    revalidatePath(`/staf/acara/${input.eventId}/laporan`);
    return { ok: true, message: "EventReport.overridden" };
  },
});
