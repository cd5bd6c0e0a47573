"use server";

// Inquiry server actions, one per side so each carries its own permission and its own
// ownership scope (buyer: the session's organisation; SME: the session's enterprise; staff:
// every thread). Mail goes out after the transaction commits and never fails the action.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { notifyInquiry } from "./notify";
import { closeInquiry, type InquiryActor, replyToInquiry, startInquiry } from "./mutations";
import { closeInquirySchema, replySchema, startInquirySchema } from "./schemas";

const areaPaths: Record<InquiryActor["side"], string> = { BUYER: "/pembeli/pertanyaan", SME: "/ikm/pertanyaan", STAFF: "/staf/pertanyaan" };

// Each side's permission and party: the action checks them before anything else.
const asBuyer = { access: "buyer:manage-own", party: "buyer", missingParty: "Inquiries.errors.noOrganization" } as const;
const asSme = { access: "enterprise:manage-own", party: "sme", missingParty: "Inquiries.errors.noEnterprise" } as const;
const asStaff = { access: "sourcing:facilitate" } as const;

function revalidateThread(inquiryId: string) {
  for (const path of Object.values(areaPaths)) {
    revalidatePath(path);
    revalidatePath(`${path}/${inquiryId}`);
  }
}

export const startInquiryAction = defineFormAction({
  name: "inquiries.start",
  ...asBuyer,
  schema: startInquirySchema,
  run: async (input, _user, owner) => {
    const event = await db.$transaction((tx) => startInquiry(tx, { side: "BUYER", ...owner }, input));
    await notifyInquiry(event, "new");
    revalidateThread(event.inquiryId);
    redirect(`/pembeli/pertanyaan/${event.inquiryId}?baru=1`);
  },
});

async function reply(actor: InquiryActor, input: { inquiryId: string; body: string }) {
  const event = await db.$transaction((tx) => replyToInquiry(tx, actor, input));
  await notifyInquiry(event, "reply");
  revalidateThread(input.inquiryId);
  return { ok: true, message: "Inquiries.thread.replySent" };
}

async function close(actor: InquiryActor, input: { inquiryId: string }) {
  await db.$transaction((tx) => closeInquiry(tx, actor, input));
  revalidateThread(input.inquiryId);
  return { ok: true, message: "Inquiries.thread.closedNotice" };
}

export const replyAsBuyerAction = defineFormAction({
  name: "inquiries.replyAsBuyer",
  ...asBuyer,
  schema: replySchema,
  run: (input, _user, owner) => reply({ side: "BUYER", ...owner }, input),
});
export const replyAsSmeAction = defineFormAction({
  name: "inquiries.replyAsSme",
  ...asSme,
  schema: replySchema,
  run: (input, _user, owner) => reply({ side: "SME", ...owner }, input),
});
export const replyAsStaffAction = defineFormAction({
  name: "inquiries.replyAsStaff",
  ...asStaff,
  schema: replySchema,
  run: (input, user) => reply({ side: "STAFF", userId: user.id }, input),
});
export const closeAsBuyerAction = defineFormAction({
  name: "inquiries.closeAsBuyer",
  ...asBuyer,
  schema: closeInquirySchema,
  run: (input, _user, owner) => close({ side: "BUYER", ...owner }, input),
});
export const closeAsSmeAction = defineFormAction({
  name: "inquiries.closeAsSme",
  ...asSme,
  schema: closeInquirySchema,
  run: (input, _user, owner) => close({ side: "SME", ...owner }, input),
});
export const closeAsStaffAction = defineFormAction({
  name: "inquiries.closeAsStaff",
  ...asStaff,
  schema: closeInquirySchema,
  run: (input, user) => close({ side: "STAFF", userId: user.id }, input),
});
