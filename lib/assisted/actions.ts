"use server";

// Assisted mode's server actions: staff register an enterprise on behalf of an owner who asked
// for help, and send the owner's takeover invitation again while it is still pending.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isUniqueViolation } from "@/lib/db-errors";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { sendTakeoverEmail } from "./emails";
import { createAssistedEnterprise, prepareTakeoverResend, type RequestContext, type TakeoverFacts } from "./mutations";
import { assistedEnterpriseSchema, resendTakeoverSchema } from "./schemas";

async function requestContext(): Promise<RequestContext> {
  return { ip: clientIp(await headers()) };
}

export const createAssistedEnterpriseAction = defineFormAction({
  name: "assisted.createEnterprise",
  access: "enterprise:assist",
  schema: assistedEnterpriseSchema,
  run: async (input, actor) => {
    if (!actor) return { ok: false, message: "Errors.signInRequired" };
    const context = await requestContext();
    let facts: TakeoverFacts;
    try {
      facts = await db.$transaction((tx) => createAssistedEnterprise(tx, actor, input, context));
    } catch (error) {
      // Two registrations of one address at once: the second loses on the unique email.
      if (isUniqueViolation(error, "email")) throw new UserFacingError("Assisted.emailTaken", "ownerEmail");
      throw error;
    }
    try {
      await sendTakeoverEmail(facts);
    } catch (error) {
      // The enterprise exists; staff can send the invitation again from the list.
      console.error("Sending the takeover email failed", { enterpriseId: facts.enterprise.id, error });
    }
    revalidatePath("/staf/ikm");
    redirect(`/staf/ikm/${facts.enterprise.id}/profil`);
  },
});

export const resendTakeoverInvitationAction = defineFormAction({
  name: "assisted.resendInvitation",
  access: "enterprise:assist",
  schema: resendTakeoverSchema,
  run: async ({ enterpriseId }, actor) => {
    if (!actor) return { ok: false, message: "Errors.signInRequired" };
    const context = await requestContext();
    const facts = await db.$transaction((tx) => prepareTakeoverResend(tx, actor, enterpriseId, context));
    try {
      await sendTakeoverEmail(facts);
    } catch (error) {
      console.error("Sending the takeover email again failed", { enterpriseId, error });
      throw new UserFacingError("Assisted.resendFailed");
    }
    return { ok: true, message: "Assisted.list.resent", values: { email: facts.owner.email } };
  },
});
