"use server";

// Meeting request and schedule actions. A participant acts as the party of the session's account
// (lib/auth/party.ts), never one named by the form; staff need meeting:schedule.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { partyOf } from "@/lib/auth/party";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findParticipation } from "@/lib/events/participation";
import { createGroupMeeting } from "./groups";
import { notifyMeetingRequest, notifySchedulePublished } from "./notify";
import { cancelMeetingRequest, respondToMeetingRequest, sendMeetingRequest } from "./requests";
import { generateSchedule, moveMeeting, publishSchedule, setMustHappen, unplaceMeeting, unpublishSchedule } from "./schedule-store";
import { createGroupMeetingSchema, meetingIdSchema, moveMeetingSchema, mustHappenSchema, respondRequestSchema, scheduleEventSchema, sendRequestSchema } from "./schemas";

/** The session's own registration for the event; refused when there is none. */
async function ownParticipation(actor: SessionUser, eventId: string) {
  const party = partyOf(actor);
  const participation = party ? await findParticipation(party, eventId) : null;
  if (!participation) throw new UserFacingError("MeetingRequests.errors.notRegistered");
  return { actor, participation };
}

async function meetingEventId(meetingId: string): Promise<string> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { eventId: true } });
  if (!meeting) throw new UserFacingError("MeetingRequests.errors.notFound");
  return meeting.eventId;
}

function revalidateEventPages() {
  revalidatePath("/peserta/acara", "layout");
  revalidatePath("/staf/acara", "layout");
}

export const sendMeetingRequestAction = defineFormAction({
  name: "meetings.request",
  access: "event:take-part",
  schema: sendRequestSchema,
  run: async (input, user) => {
    const { actor, participation } = await ownParticipation(user, input.eventId);
    const result = await db.$transaction((tx) => sendMeetingRequest(tx, actor.id, participation, input.targetId));
    await notifyMeetingRequest(result.meetingId, "request");
    revalidateEventPages();
    return { ok: true, message: "MeetingRequests.sent" };
  },
});

export const respondMeetingRequestAction = defineFormAction({
  name: "meetings.respond",
  access: "event:take-part",
  schema: respondRequestSchema,
  run: async (input, user) => {
    const { actor, participation } = await ownParticipation(user, await meetingEventId(input.meetingId));
    await db.$transaction((tx) => respondToMeetingRequest(tx, actor.id, participation, input));
    await notifyMeetingRequest(input.meetingId, input.answer === "ACCEPTED" ? "accepted" : "declined");
    revalidateEventPages();
    return { ok: true, message: input.answer === "ACCEPTED" ? "MeetingRequests.accepted" : "MeetingRequests.declined" };
  },
});

export const cancelMeetingRequestAction = defineFormAction({
  name: "meetings.cancel",
  access: "event:take-part",
  schema: meetingIdSchema,
  run: async (input, user) => {
    const { actor, participation } = await ownParticipation(user, await meetingEventId(input.meetingId));
    await db.$transaction((tx) => cancelMeetingRequest(tx, actor.id, participation, input.meetingId));
    revalidateEventPages();
    return { ok: true, message: "MeetingRequests.cancelled" };
  },
});

export const generateScheduleAction = defineFormAction({
  name: "schedule.generate",
  access: "meeting:schedule",
  schema: scheduleEventSchema,
  run: async (input, actor) => {
    const report = await db.$transaction((tx) => generateSchedule(tx, actor.id, input.eventId, { force: input.force }), { timeout: 60_000 });
    revalidateEventPages();
    // A consortium with more parties than a table seats is not scheduled: staff are told so.
    if (report.groupsTooLarge > 0) return { ok: true, message: "Schedule.generatedGroupsTooLarge", messageValues: { count: report.groupsTooLarge } };
    return { ok: true, message: "Schedule.generated" };
  },
});

export const publishScheduleAction = defineFormAction({
  name: "schedule.publish",
  access: "meeting:schedule",
  schema: scheduleEventSchema,
  run: async (input, actor) => {
    await db.$transaction((tx) => publishSchedule(tx, actor.id, input.eventId));
    await notifySchedulePublished(input.eventId);
    revalidateEventPages();
    return { ok: true, message: "Schedule.published" };
  },
});

export const unpublishScheduleAction = defineFormAction({
  name: "schedule.unpublish",
  access: "meeting:schedule",
  schema: scheduleEventSchema,
  run: async (input, actor) => {
    await db.$transaction((tx) => unpublishSchedule(tx, actor.id, input.eventId));
    revalidateEventPages();
    return { ok: true, message: "Schedule.unpublished" };
  },
});

export const moveMeetingAction = defineFormAction({
  name: "schedule.move",
  access: "meeting:schedule",
  schema: moveMeetingSchema,
  run: async (input, actor) => {
    // Staff moving many meetings at once wait their turn for a connection rather than fail.
    const { eventId } = await db.$transaction((tx) => moveMeeting(tx, actor.id, input), { maxWait: 15_000 });
    revalidateEventPages();
    // The meeting's card moves to its new slot on the page, so the notice is the page's.
    redirect(`/staf/acara/${eventId}/jadwal?selesai=moved#pertemuan-${input.meetingId}`);
  },
});

export const unplaceMeetingAction = defineFormAction({
  name: "schedule.unplace",
  access: "meeting:schedule",
  schema: meetingIdSchema,
  run: async (input, actor) => {
    const { eventId } = await db.$transaction((tx) => unplaceMeeting(tx, actor.id, input.meetingId));
    revalidateEventPages();
    redirect(`/staf/acara/${eventId}/jadwal?selesai=unplaced#pertemuan-${input.meetingId}`);
  },
});

export const createGroupMeetingAction = defineFormAction({
  name: "schedule.group-meeting",
  access: "meeting:schedule",
  schema: createGroupMeetingSchema,
  run: async (input, actor) => {
    await db.$transaction((tx) => createGroupMeeting(tx, actor.id, input));
    revalidateEventPages();
    return { ok: true, message: "Schedule.groupCreated" };
  },
});

export const mustHappenAction = defineFormAction({
  name: "schedule.must-happen",
  access: "meeting:schedule",
  schema: mustHappenSchema,
  run: async (input, actor) => {
    await db.$transaction((tx) => setMustHappen(tx, actor.id, input.meetingId, input.mustHappen));
    revalidateEventPages();
    return { ok: true, message: input.mustHappen ? "Schedule.mustHappenOn" : "Schedule.mustHappenOff" };
  },
});
