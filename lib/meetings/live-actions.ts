"use server";

// The event day's actions: staff at the desk (meeting:schedule) cancel a meeting, mark a no-show
// or an absence, and ask walk-ins; a participant asks a walk-in as its own party (the session's,
// never one named by the form). Each change is followed by a refill and notifications to every
// party whose agenda changed.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { partyOf } from "@/lib/auth/party";
import { findParticipation } from "@/lib/events/participation";
import { type HappeningResult, cancelLiveMeeting, markAbsent, markMeetingNoShow, requestWalkIn } from "./live-happenings";
import { runLive } from "./live";
import { notifyLiveChanges } from "./live-notify";
import { absentSchema, liveMeetingSchema, participantWalkInSchema, staffWalkInSchema } from "./live-schemas";

async function afterHappening(result: HappeningResult) {
  await notifyLiveChanges({ placed: result.refill.placed.map((placement) => placement.id), freed: result.freed });
  revalidatePath("/peserta/acara", "layout");
  revalidatePath("/staf/acara", "layout");
}

/**
 * Back to the board with the result as its notice: the meeting acted on leaves the list (and its
 * button with it), so the page, not the button, tells what happened.
 */
function backToBoard(result: HappeningResult, done: "cancelled" | "noShow" | "absent"): never {
  redirect(`/staf/acara/${result.eventId}/langsung?selesai=${done}${result.refill.placed.length > 0 ? "Refilled" : ""}`);
}

export const cancelLiveMeetingAction = defineFormAction({
  name: "live.cancel",
  access: "meeting:schedule",
  schema: liveMeetingSchema,
  run: async (input, actor) => {
    const result = await runLive((tx) => cancelLiveMeeting(tx, actor.id, input.meetingId));
    await afterHappening(result);
    backToBoard(result, "cancelled");
  },
});

export const liveNoShowAction = defineFormAction({
  name: "live.no-show",
  access: "meeting:schedule",
  schema: liveMeetingSchema,
  run: async (input, actor) => {
    const result = await runLive((tx) => markMeetingNoShow(tx, actor.id, input.meetingId));
    await afterHappening(result);
    backToBoard(result, "noShow");
  },
});

export const liveAbsentAction = defineFormAction({
  name: "live.absent",
  access: "meeting:schedule",
  schema: absentSchema,
  run: async (input, actor) => {
    const result = await runLive((tx) => markAbsent(tx, actor.id, input));
    await afterHappening(result);
    backToBoard(result, "absent");
  },
});

export const staffWalkInAction = defineFormAction({
  name: "live.walk-in",
  access: "meeting:schedule",
  schema: staffWalkInSchema,
  run: async (input, actor) => {
    const result = await runLive((tx) => requestWalkIn(tx, actor.id, { eventId: input.eventId, requesterId: input.smeId, targetId: input.buyerId }, null));
    await afterHappening(result);
    return { ok: true, message: result.placed ? "LiveDay.done.walkInPlaced" : "LiveDay.done.walkInWaiting" };
  },
});

export const participantWalkInAction = defineFormAction({
  name: "live.walk-in-own",
  access: "event:take-part",
  schema: participantWalkInSchema,
  run: async (input, user) => {
    const party = partyOf(user);
    const participation = party ? await findParticipation(party, input.eventId) : null;
    if (!participation || participation.status !== "APPROVED") throw new UserFacingError("LiveDay.errors.notRegistered");
    const result = await runLive((tx) => requestWalkIn(tx, user.id, { eventId: input.eventId, requesterId: participation.id, targetId: input.targetId }, participation.id));
    await afterHappening(result);
    return { ok: true, message: result.placed ? "LiveDay.done.walkInPlaced" : "LiveDay.done.walkInWaiting" };
  },
});
