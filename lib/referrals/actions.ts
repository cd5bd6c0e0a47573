"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineFormAction } from "@/lib/auth/action";
import { clientIp } from "@/lib/http/client-ip";
import { grantConsent, recordReferralOutcome, revokeConsent } from "./mutations";
import { consentSchema, referralOutcomeSchema } from "./schemas";

function revalidateReferrals(): void {
  revalidatePath("/ikm/mitra");
  revalidatePath("/mitra/ikm", "layout");
  revalidatePath("/staf/rujukan");
}

/** "Bagikan" (a purpose, an optional last day) / "Ya, cabut" on /ikm/mitra, always for the caller's own enterprise. */
export const updateConsentAction = defineFormAction({
  name: "referrals.updateConsent",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Referrals.errors.noEnterprise",
  schema: consentSchema,
  async run({ intent, endsOn, ...key }, _user, owner) {
    const actor = { ...owner, ip: clientIp(await headers()) };
    const changed = intent === "grant" ? await grantConsent(actor, key, endsOn) : await revokeConsent(actor, key);
    revalidateReferrals();
    if (!changed) return { ok: true, message: "Referrals.consent.unchanged" };
    return { ok: true, message: intent === "grant" ? "Referrals.consent.granted" : "Referrals.consent.revoked" };
  },
});

/** A partner records what came of a referral it holds an active consent for. */
export const recordReferralOutcomeAction = defineFormAction({
  name: "referrals.recordOutcome",
  access: "partner:view-consented",
  party: "partner",
  missingParty: "Referrals.errors.notFound",
  schema: referralOutcomeSchema,
  async run(input, _user, owner) {
    await recordReferralOutcome(owner, input);
    revalidateReferrals();
    return { ok: true, message: "Referrals.outcome.saved" };
  },
});
