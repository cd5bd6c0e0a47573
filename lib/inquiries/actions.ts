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
  access: "buyer:manage-own",
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

export const replyAsBuyer = defineFormAction({
  name: "inquiries.replyAsBuyer",
  access: "buyer:manage-own",
  schema: replySchema,
  run: (input, user) => reply("BUYER", input, user),
});

export const replyAsSme = defineFormAction({
  name: "inquiries.replyAsSme",
  access: "enterprise:manage-own",
  schema: replySchema,
  run: (input, user) => reply("SME", input, user),
});

export const replyAsStaff = defineFormAction({
  name: "inquiries.replyAsStaff",
  access: "sourcing:facilitate",
  schema: replySchema,
  run: (input, user) => reply("STAFF", input, user),
});

export const closeAsBuyer = defineFormAction({
  name: "inquiries.closeAsBuyer",
  access: "buyer:manage-own",
  schema: closeInquirySchema,
  run: (input, user) => close("BUYER", input, user),
});

export const closeAsSme = defineFormAction({
  name: "inquiries.closeAsSme",
  access: "enterprise:manage-own",
  schema: closeInquirySchema,
  run: (input, user) => close("SME", input, user),
});

export const closeAsStaff = defineFormAction({
  name: "inquiries.closeAsStaff",
  access: "sourcing:facilitate",
  schema: closeInquirySchema,
  run: (input, user) => close("STAFF", input, user),
});
