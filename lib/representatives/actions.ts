"use server";

// Representatives' server actions. A participant organisation (event:take-part) manages its own
// people, found from the session's party and the event (never from a participant id in the
// form); staff (event:manage) manage any participant's people on the participant list, and
// choose who sits in a meeting on the schedule (meeting:schedule).
import { revalidatePath } from "next/cache";
import { UserFacingError, defineFormAction } from "@/lib/auth/action";
import { partyOf } from "@/lib/auth/party";
import type { SessionUser } from "@/lib/auth/session-user";
import { db, type DbClient } from "@/lib/db";
import { findParticipation } from "@/lib/events/participation";
import { addRepresentative, assignSeat, removeRepresentative, updateRepresentative } from "./mutations";
import { ownAddSchema, ownRemoveSchema, ownUpdateSchema, seatAssignSchema, staffAddSchema, staffRemoveSchema, staffUpdateSchema } from "./schemas";

function revalidateRepresentatives(eventId: string) {
  revalidatePath("/peserta/acara/[slug]", "page");
  revalidatePath("/peserta/acara/[slug]/agenda", "page");
  revalidatePath(`/staf/acara/${eventId}/peserta`);
  revalidatePath(`/staf/acara/${eventId}/jadwal`);
  revalidatePath(`/staf/acara/${eventId}/kehadiran`);
}

/** The user's own registration for the event, or a clear refusal. */
async function ownParticipantId(tx: DbClient, user: SessionUser, eventId: string): Promise<string> {
  const party = partyOf(user);
  const participation = party ? await findParticipation(party, eventId, tx) : null;
  if (!participation) throw new UserFacingError("EventRegistration.representatives.errors.notFound");
  return participation.id;
}

export const addOwnRepresentativeAction = defineFormAction({
  name: "representatives.addOwn",
  access: "event:take-part",
  schema: ownAddSchema,
  run: async ({ eventId, name, phone, email }, user) => {
    await db.$transaction(async (tx) => addRepresentative(tx, user.id, eventId, await ownParticipantId(tx, user, eventId), { name, phone, email }));
    revalidateRepresentatives(eventId);
    return { ok: true, message: "EventRegistration.representatives.added" };
  },
});

export const updateOwnRepresentativeAction = defineFormAction({
  name: "representatives.updateOwn",
  access: "event:take-part",
  schema: ownUpdateSchema,
  run: async ({ eventId, representativeId, name, phone, email }, user) => {
    await db.$transaction(async (tx) => updateRepresentative(tx, user.id, eventId, await ownParticipantId(tx, user, eventId), representativeId, { name, phone, email }));
    revalidateRepresentatives(eventId);
    return { ok: true, message: "EventRegistration.representatives.saved" };
  },
});

export const removeOwnRepresentativeAction = defineFormAction({
  name: "representatives.removeOwn",
  access: "event:take-part",
  schema: ownRemoveSchema,
  run: async ({ eventId, representativeId }, user) => {
    await db.$transaction(async (tx) => removeRepresentative(tx, user.id, eventId, await ownParticipantId(tx, user, eventId), representativeId));
    revalidateRepresentatives(eventId);
    return { ok: true, message: "EventRegistration.representatives.removed" };
  },
});

export const addRepresentativeAction = defineFormAction({
  name: "representatives.add",
  access: "event:manage",
  schema: staffAddSchema,
  run: async ({ eventId, participantId, name, phone, email }, user) => {
    await db.$transaction((tx) => addRepresentative(tx, user.id, eventId, participantId, { name, phone, email }));
    revalidateRepresentatives(eventId);
    return { ok: true, message: "EventRegistration.representatives.added" };
  },
});

export const updateRepresentativeAction = defineFormAction({
  name: "representatives.update",
  access: "event:manage",
  schema: staffUpdateSchema,
  run: async ({ eventId, participantId, representativeId, name, phone, email }, user) => {
    await db.$transaction((tx) => updateRepresentative(tx, user.id, eventId, participantId, representativeId, { name, phone, email }));
    revalidateRepresentatives(eventId);
    return { ok: true, message: "EventRegistration.representatives.saved" };
  },
});

export const removeRepresentativeAction = defineFormAction({
  name: "representatives.remove",
  access: "event:manage",
  schema: staffRemoveSchema,
  run: async ({ eventId, participantId, representativeId }, user) => {
    await db.$transaction((tx) => removeRepresentative(tx, user.id, eventId, participantId, representativeId));
    revalidateRepresentatives(eventId);
    return { ok: true, message: "EventRegistration.representatives.removed" };
  },
});

export const assignSeatAction = defineFormAction({
  name: "representatives.assignSeat",
  access: "meeting:schedule",
  schema: seatAssignSchema,
  run: async (input, user) => {
    await db.$transaction((tx) => assignSeat(tx, user.id, input));
    revalidateRepresentatives(input.eventId);
    revalidatePath(`/staf/acara/${input.eventId}/jadwal/cetak`);
    return { ok: true, message: "Schedule.seatAssigned" };
  },
});
