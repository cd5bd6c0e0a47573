"use server";

// The profile wizard's finish: "Selesai dan ajukan kurasi". It refuses, naming every required
// part still missing (publication-checklist.ts), or makes the same submission as the curation
// page's button (submission.ts), in one transaction with the check. It lives in
// lib/curation because curation reads enterprises, never the other way (scripts/folder-cycles).
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/auth/action";
import { submitForReviewSchema } from "./schemas";
import { submitCompleteProfile } from "./submission";

export const finishProfileAction = defineFormAction({
  name: "enterpriseProfile.finish",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "CurationQueue.errors.noEnterprise",
  schema: submitForReviewSchema,
  run: async (_input, _actor, owner) => {
    const refused = await submitCompleteProfile(owner);
    if (refused) return refused;
    revalidatePath("/ikm");
    revalidatePath("/ikm/profil");
    revalidatePath("/ikm/kurasi");
    revalidatePath("/staf/kurasi");
    return { ok: true, message: "EnterpriseProfile.finish.submitted" };
  },
});
