"use server";

// Sourcing server actions. Buyers post, close and reopen their organisation's requests; SMEs
// answer the requests they see with one offer each (revise, withdraw); staff forward requests
// to chosen SMEs. The organisation and the enterprise come from the session, never the form.
// Mail goes out after the transaction commits and never fails the action.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notifyForward, notifyOffer } from "./emails";
import {
  type BuyerActor,
  closeSourcingRequest,
  createSourcingRequest,
  forwardRequest,
  reopenSourcingRequest,
  type SmeActor,
  submitOffer,
  withdrawOffer,
} from "./mutations";
import { createRequestSchema, forwardSchema, offerSchema, requestIdSchema } from "./schemas";

function buyerActor(user: SessionUser | null): BuyerActor {
  if (!user) throw new UserFacingError("Errors.signInRequired");
  if (!user.buyerOrganizationId) throw new UserFacingError("Sourcing.errors.noOrganization");
  return { userId: user.id, buyerId: user.buyerOrganizationId };
}

function smeActor(user: SessionUser | null): SmeActor {
  if (!user) throw new UserFacingError("Errors.signInRequired");
  if (!user.enterpriseId) throw new UserFacingError("Sourcing.errors.noEnterprise");
  return { userId: user.id, enterpriseId: user.enterpriseId };
}

function revalidateRequest(requestId: string) {
  for (const path of ["/pembeli/permintaan", "/ikm/permintaan", "/staf/permintaan"]) {
    revalidatePath(path);
    revalidatePath(`${path}/${requestId}`);
  }
}

export const createRequestAction = defineFormAction({
  name: "sourcing.createRequest",
  access: "sourcing-request:manage-own",
  schema: createRequestSchema,
  run: async (input, user) => {
    const actor = buyerActor(user);
    const { requestId } = await db.$transaction((tx) => createSourcingRequest(tx, actor, input));
    revalidateRequest(requestId);
    redirect(`/pembeli/permintaan/${requestId}?baru=1`);
  },
});

export const closeRequestAction = defineFormAction({
  name: "sourcing.closeRequest",
  access: "sourcing-request:manage-own",
  schema: requestIdSchema,
  run: async (input, user) => {
    const actor = buyerActor(user);
    await db.$transaction((tx) => closeSourcingRequest(tx, actor, input.requestId));
    revalidateRequest(input.requestId);
    return { ok: true, message: "Sourcing.buyer.closedNotice" };
  },
});

export const reopenRequestAction = defineFormAction({
  name: "sourcing.reopenRequest",
  access: "sourcing-request:manage-own",
  schema: requestIdSchema,
  run: async (input, user) => {
    const actor = buyerActor(user);
    await db.$transaction((tx) => reopenSourcingRequest(tx, actor, input.requestId));
    revalidateRequest(input.requestId);
    return { ok: true, message: "Sourcing.buyer.reopenedNotice" };
  },
});

export const submitOfferAction = defineFormAction({
  name: "sourcing.submitOffer",
  access: "enterprise:manage-own",
  schema: offerSchema,
  run: async (input, user) => {
    const actor = smeActor(user);
    const event = await db.$transaction((tx) => submitOffer(tx, actor, input));
    await notifyOffer(event);
    revalidateRequest(input.requestId);
    return { ok: true, message: event.revised ? "Sourcing.sme.offerRevised" : "Sourcing.sme.offerSent" };
  },
});

export const withdrawOfferAction = defineFormAction({
  name: "sourcing.withdrawOffer",
  access: "enterprise:manage-own",
  schema: requestIdSchema,
  run: async (input, user) => {
    const actor = smeActor(user);
    await db.$transaction((tx) => withdrawOffer(tx, actor, input.requestId));
    revalidateRequest(input.requestId);
    return { ok: true, message: "Sourcing.sme.offerWithdrawn" };
  },
});

export const forwardRequestAction = defineFormAction({
  name: "sourcing.forwardRequest",
  access: "sourcing:facilitate",
  schema: forwardSchema,
  run: async (input, user) => {
    if (!user) throw new UserFacingError("Errors.signInRequired");
    const { newlyForwarded } = await db.$transaction((tx) => forwardRequest(tx, user.id, input));
    await notifyForward(input.requestId, newlyForwarded);
    revalidateRequest(input.requestId);
    return { ok: true, message: newlyForwarded.length > 0 ? "Sourcing.staff.forwarded" : "Sourcing.staff.alreadyForwarded" };
  },
});
