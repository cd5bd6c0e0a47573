"use server";

// Enterprise curation: staff review with the rubric; the owner answers revision requests and
// submits drafts. The owner's enterprise always comes from the session, never from the form.
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import * as mutations from "./mutations";
import { submitCompleteProfile } from "./submission";
import { answerRevisionSchema, reviewEnterpriseSchema, submitForReviewSchema } from "./schemas";

const decisionMessages = {
  PUBLISHED: "CurationQueue.review.published",
  REVISION_REQUESTED: "CurationQueue.review.revisionRequested",
  REJECTED: "CurationQueue.review.rejected",
} as const;

export const reviewEnterpriseAction = defineFormAction({
  name: "curation.reviewEnterprise",
  access: "catalog:curate",
  schema: reviewEnterpriseSchema,
  run: async (input, user) => {
    // Revalidated whatever the outcome: a reviewer refused for a stale version sees the new content.
    try {
      const { status } = await db.$transaction((tx) => mutations.reviewEnterprise(tx, { userId: user.id }, input));
      await processPendingJobs();
      return { ok: true, message: decisionMessages[status] };
    } finally {
      revalidatePath("/staf/kurasi");
      revalidatePath(`/staf/kurasi/ikm/${input.enterpriseId}`);
      revalidatePath("/ikm/kurasi");
      revalidatePublicPages("catalog");
    }
  },
});

export const answerRevisionAction = defineFormAction({
  name: "curation.answerRevision",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "CurationQueue.errors.noEnterprise",
  schema: answerRevisionSchema,
  run: async ({ body }, _actor, owner) => {
    await db.$transaction((tx) => mutations.answerRevision(tx, owner, body));
    revalidatePath("/ikm/kurasi");
    revalidatePath("/staf/kurasi");
    return { ok: true, message: "CurationQueue.sme.resubmitted" };
  },
});

export const submitForReviewAction = defineFormAction({
  name: "curation.submitForReview",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "CurationQueue.errors.noEnterprise",
  schema: submitForReviewSchema,
  run: async (_input, _actor, owner) => {
    // The same rule as the wizard's finish: a profile missing a required part is refused.
    const refused = await submitCompleteProfile(owner);
    if (refused) return refused;
    revalidatePath("/ikm");
    revalidatePath("/ikm/kurasi");
    revalidatePath("/staf/kurasi");
    return { ok: true, message: "CurationQueue.sme.submitted" };
  },
});
