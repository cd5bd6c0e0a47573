"use server";

// The profile wizard's finish: "Selesai dan ajukan kurasi". It refuses, naming every required
// part still missing (publication-checklist.ts), or makes the same submission as the curation
// page's button (mutations.ts submitForReview), in one transaction with the check. It lives in
// lib/curation because curation reads enterprises, never the other way (scripts/folder-cycles).
import { revalidatePath } from "next/cache";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { getPublicationChecklist } from "@/lib/enterprises/publication-queries";
import { submitForReview } from "./mutations";
import { submitForReviewSchema } from "./schemas";

/** The message key naming a missing part, as the checklist shows it. */
const missingMessage = (key: string) => `EnterpriseProfile.checklist.items.${key}`;

export const finishProfileAction = defineFormAction({
  name: "enterpriseProfile.finish",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "CurationQueue.errors.noEnterprise",
  schema: submitForReviewSchema,
  run: async (_input, _actor, owner) => {
    const missing = await db.$transaction(async (tx) => {
      const checklist = await getPublicationChecklist(owner.enterpriseId, tx);
      if (!checklist) throw new UserFacingError("CurationQueue.errors.noEnterprise");
      if (checklist.missing.length > 0) return checklist.missing;
      await submitForReview(tx, owner);
      return [];
    });
    if (missing.length > 0) {
      return { ok: false, message: "EnterpriseProfile.finish.incomplete", fieldErrors: { missing: missing.map(missingMessage) } };
    }
    revalidatePath("/ikm");
    revalidatePath("/ikm/profil");
    revalidatePath("/ikm/kurasi");
    revalidatePath("/staf/kurasi");
    return { ok: true, message: "EnterpriseProfile.finish.submitted" };
  },
});
