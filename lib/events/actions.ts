"use server";

// Event server actions. Staff (event:manage) create, edit and move events along their life and
// decide on registrations; SMEs, buyers and partners (event:take-part) register and withdraw,
// always as their own party (from the session). Mail goes out after the transaction commits and
// never fails the action.
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { notifyDecision } from "./notify";
import { changeEventStatus, createEvent, decideParticipants, updateEvent } from "./mutations";
import { registerForEvent, withdrawRegistration } from "./registration";
import { decisionSchema, eventFormSchema, eventIdSchema, eventStatusSchema, registerSchema, updateEventSchema } from "./schemas";

function revalidateEvent(eventId: string) {
  revalidatePath("/staf/acara");
  revalidatePath(`/staf/acara/${eventId}`);
  revalidatePath(`/staf/acara/${eventId}/peserta`);
  revalidatePath("/acara");
  revalidatePath("/acara/[slug]", "page");
  revalidatePath("/peserta/acara");
  revalidatePath("/peserta/acara/[slug]", "page");
  revalidatePublicPages("events");
}

export const createEventAction = defineFormAction({
  name: "events.create",
  access: "event:manage",
  schema: eventFormSchema,
  run: async (input, user) => {
    const id = user.id;
    const { eventId } = await db.$transaction((tx) => createEvent(tx, id, input));
    revalidateEvent(eventId);
    redirect(`/staf/acara/${eventId}?baru=1`);
  },
});

export const updateEventAction = defineFormAction({
  name: "events.update",
  access: "event:manage",
  schema: updateEventSchema,
  run: async (input, user) => {
    const id = user.id;
    const { eventId, ...form } = input;
    await db.$transaction((tx) => updateEvent(tx, id, eventId, form));
    revalidateEvent(eventId);
    return { ok: true, message: "EventAdmin.form.saved" };
  },
});

export const changeEventStatusAction = defineFormAction({
  name: "events.changeStatus",
  access: "event:manage",
  schema: eventStatusSchema,
  run: async (input, user) => {
    const id = user.id;
    await db.$transaction((tx) => changeEventStatus(tx, id, input.eventId, input.change));
    revalidateEvent(input.eventId);
    // The buttons change with the status, so the page itself says what happened.
    redirect(`/staf/acara/${input.eventId}?status=${input.change}`);
  },
});

export const decideParticipantsAction = defineFormAction({
  name: "events.decideParticipants",
  access: "event:manage",
  schema: decisionSchema,
  run: async (input, user) => {
    const id = user.id;
    const result = await db.$transaction((tx) => decideParticipants(tx, id, input));
    await notifyDecision(result);
    revalidateEvent(input.eventId);
    // The row's buttons change with its status, so the page itself says what happened.
    const skipped = result.skipped > 0 ? `&dilewati=${result.skipped}` : "";
    redirect(`/staf/acara/${input.eventId}/peserta?jenis=${result.kind}&keputusan=${input.decision}${skipped}`);
  },
});

export const registerForEventAction = defineFormAction({
  name: "events.register",
  access: "event:take-part",
  schema: registerSchema,
  run: async (input, user) => {
    await db.$transaction((tx) => registerForEvent(tx, user, input));
    revalidateEvent(input.eventId);
    return { ok: true, message: "EventRegistration.registered" };
  },
});

export const withdrawRegistrationAction = defineFormAction({
  name: "events.withdraw",
  access: "event:take-part",
  schema: eventIdSchema,
  run: async (input, user) => {
    await db.$transaction((tx) => withdrawRegistration(tx, user, input.eventId));
    revalidateEvent(input.eventId);
    return { ok: true, message: "EventRegistration.withdrawn" };
  },
});
