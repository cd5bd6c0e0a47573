"use server";

// Sourcing server actions. Buyers post, close and reopen their organisation's requests; SMEs
// answer the requests they see with one offer each (revise, withdraw); staff forward requests
// to chosen SMEs. The organisation and the enterprise come from the session, never the form.
// Mail goes out after the transaction commits and never fails the action.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { notifyForward, notifyOffer } from "./notify";
import { closeSourcingRequest, createSourcingRequest, forwardRequest, reopenSourcingRequest, submitOffer, withdrawOffer } from "./mutations";
import { createRequestSchema, forwardSchema, offerSchema, requestIdSchema } from "./schemas";

function revalidateRequest(requestId: string) {
  for (const path of ["/pembeli/permintaan", "/ikm/permintaan", "/staf/permintaan"]) {
    revalidatePath(path);
    revalidatePath(`${path}/${requestId}`);
  }
}

export const createRequestAction = defineFormAction({
  name: "sourcing.createRequest",
  access: "sourcing-request:manage-own",
  party: "buyer",
  missingParty: "Sourcing.errors.noOrganization",
  schema: createRequestSchema,
  run: async (input, _user, owner) => {
    const { requestId } = await db.$transaction((tx) => createSourcingRequest(tx, owner, input));
    revalidateRequest(requestId);
    redirect(`/pembeli/permintaan/${requestId}?baru=1`);
  },
});

export const closeRequestAction = defineFormAction({
  name: "sourcing.closeRequest",
  access: "sourcing-request:manage-own",
  party: "buyer",
  missingParty: "Sourcing.errors.noOrganization",
  schema: requestIdSchema,
  run: async (input, _user, owner) => {
    await db.$transaction((tx) => closeSourcingRequest(tx, owner, input.requestId));
    revalidateRequest(input.requestId);
    return { ok: true, message: "Sourcing.buyer.closedNotice" };
  },
});

export const reopenRequestAction = defineFormAction({
  name: "sourcing.reopenRequest",
  access: "sourcing-request:manage-own",
  party: "buyer",
  missingParty: "Sourcing.errors.noOrganization",
  schema: requestIdSchema,
  run: async (input, _user, owner) => {
    await db.$transaction((tx) => reopenSourcingRequest(tx, owner, input.requestId));
    revalidateRequest(input.requestId);
    return { ok: true, message: "Sourcing.buyer.reopenedNotice" };
  },
});

export const submitOfferAction = defineFormAction({
  name: "sourcing.submitOffer",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Sourcing.errors.noEnterprise",
  schema: offerSchema,
  run: async (input, _user, owner) => {
    const event = await db.$transaction((tx) => submitOffer(tx, owner, input));
    await notifyOffer(event);
    revalidateRequest(input.requestId);
    return { ok: true, message: event.revised ? "Sourcing.sme.offerRevised" : "Sourcing.sme.offerSent" };
  },
});

export const withdrawOfferAction = defineFormAction({
  name: "sourcing.withdrawOffer",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Sourcing.errors.noEnterprise",
  schema: requestIdSchema,
  run: async (input, _user, owner) => {
    await db.$transaction((tx) => withdrawOffer(tx, owner, input.requestId));
    revalidateRequest(input.requestId);
    return { ok: true, message: "Sourcing.sme.offerWithdrawn" };
  },
});

export const forwardRequestAction = defineFormAction({
  name: "sourcing.forwardRequest",
  access: "sourcing:facilitate",
  schema: forwardSchema,
  run: async (input, user) => {
    const { newlyForwarded } = await db.$transaction((tx) => forwardRequest(tx, user.id, input));
    await notifyForward(input.requestId, newlyForwarded);
    revalidateRequest(input.requestId);
    return { ok: true, message: newlyForwarded.length > 0 ? "Sourcing.staff.forwarded" : "Sourcing.staff.alreadyForwarded" };
  },
});
