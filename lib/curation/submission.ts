// Sending a draft profile to curation, by either way the owner has: the wizard's finish
// ("Selesai dan ajukan kurasi", finish-actions.ts) or the curation page's button (actions.ts).
// Both refuse, naming every required part still missing (lib/enterprises/publication-checklist.ts),
// or make the same submission (mutations.ts submitForReview), in one transaction with the check.
import { UserFacingError, type FormState } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { getPublicationChecklist } from "@/lib/enterprises/publication-queries";
import type { SmeOwner } from "@/lib/auth/party";
import { submitForReview } from "./mutations";

/** The message key naming a missing part, as the checklist shows it. */
const missingMessage = (key: string) => `EnterpriseProfile.checklist.items.${key}`;

/** Submits a complete draft; null when submitted, else the refusal naming what is missing. */
export async function submitCompleteProfile(owner: SmeOwner): Promise<FormState | null> {
  const missing = await db.$transaction(async (tx) => {
    const checklist = await getPublicationChecklist(owner.enterpriseId, tx);
    if (!checklist) throw new UserFacingError("CurationQueue.errors.noEnterprise");
    if (checklist.missing.length > 0) return checklist.missing;
    await submitForReview(tx, owner);
    return [];
  });
  if (missing.length === 0) return null;
  return { ok: false, message: "EnterpriseProfile.finish.incomplete", fieldErrors: { missing: missing.map(missingMessage) } };
}
