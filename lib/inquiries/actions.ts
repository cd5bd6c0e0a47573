"use server";

// Inquiry server actions, one per side so each carries its own permission and its own
// ownership scope (buyer: the session's organisation; SME: the session's enterprise; staff:
// every thread). Mail goes out after the transaction commits and never fails the action.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notifyInquiry } from "./emails";
import { closeInquiry, type InquiryActor, replyToInquiry, startInquiry } from "./mutations";
import { closeInquirySchema, replySchema, startInquirySchema } from "./schemas";

type Side = InquiryActor["side"];

/** Each side's permission: the action checks it before anything else. */
const sideAccess = { BUYER: "buyer:manage-own", SME: "enterprise:manage-own", STAFF: "sourcing:facilitate" } as const;
const sideNames = { BUYER: "Buyer", SME: "Sme", STAFF: "Staff" } as const;

const areaPaths: Record<Side, string> = { BUYER: "/pembeli/pertanyaan", SME: "/ikm/pertanyaan", STAFF: "/staf/pertanyaan" };

function inquiryActor(side: Side, user: SessionUser | null): InquiryActor {
  if (!user) throw new UserFacingError("Errors.signInRequired");
  if (side === "BUYER") {
    if (!user.buyerOrganizationId) throw new UserFacingError("Inquiries.errors.noOrganization");
    return { side, userId: user.id, buyerId: user.buyerOrganizationId };
  }
  if (side === "SME") {
    if (!user.enterpriseId) throw new UserFacingError("Inquiries.errors.noEnterprise");
    return { side, userId: user.id, enterpriseId: user.enterpriseId };
  }
  return { side, userId: user.id };
}

function revalidateThread(inquiryId: string) {
  for (const path of Object.values(areaPaths)) {
    revalidatePath(path);
    revalidatePath(`${path}/${inquiryId}`);
  }
}

export const startInquiryAction = defineFormAction({
  name: "inquiries.start",
  access: sideAccess.BUYER,
  schema: startInquirySchema,
  run: async (input, user) => {
    const actor = inquiryActor("BUYER", user);
    if (actor.side !== "BUYER") throw new UserFacingError("Errors.forbidden");
    const event = await db.$transaction((tx) => startInquiry(tx, actor, input));
    await notifyInquiry(event, "new");
    revalidateThread(event.inquiryId);
    redirect(`/pembeli/pertanyaan/${event.inquiryId}?baru=1`);
  },
});

async function reply(side: Side, input: { inquiryId: string; body: string }, user: SessionUser | null) {
  const actor = inquiryActor(side, user);
  const event = await db.$transaction((tx) => replyToInquiry(tx, actor, input));
  await notifyInquiry(event, "reply");
  revalidateThread(input.inquiryId);
  return { ok: true, message: "Inquiries.thread.replySent" };
}

async function close(side: Side, input: { inquiryId: string }, user: SessionUser | null) {
  const actor = inquiryActor(side, user);
  await db.$transaction((tx) => closeInquiry(tx, actor, input));
  revalidateThread(input.inquiryId);
  return { ok: true, message: "Inquiries.thread.closedNotice" };
}

function replyAction(side: Side) {
  return defineFormAction({ name: `inquiries.replyAs${sideNames[side]}`, access: sideAccess[side], schema: replySchema, run: (input, user) => reply(side, input, user) });
}

function closeAction(side: Side) {
  return defineFormAction({ name: `inquiries.closeAs${sideNames[side]}`, access: sideAccess[side], schema: closeInquirySchema, run: (input, user) => close(side, input, user) });
}

export const replyAsBuyer = replyAction("BUYER");
export const replyAsSme = replyAction("SME");
export const replyAsStaff = replyAction("STAFF");
export const closeAsBuyer = closeAction("BUYER");
export const closeAsSme = closeAction("SME");
export const closeAsStaff = closeAction("STAFF");
