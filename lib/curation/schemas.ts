// Inputs of the enterprise curation actions: a staff review with the rubric, and the SME's
// answer to a revision request. Owner keys never come from the form: they come from the session.
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { curationScoresSchema } from "./rubric";

export const curationCommentMaxLength = 2000;

export const curationDecisions = ["PUBLISH", "REQUEST_REVISION", "REJECT"] as const;

const comment = z
  .string()
  .trim()
  .max(curationCommentMaxLength, "CurationQueue.validation.commentTooLong")
  .optional()
  .transform((value) => (value ? value : undefined));

/** The rubric, the decision and the comment: the same for an enterprise and a product review. */
export const reviewDecisionShape = {
  ...curationScoresSchema.shape,
  decision: z.enum(curationDecisions, { error: "CurationQueue.validation.decisionRequired" }),
  comment,
};

export const recordIdField = z.string().trim().min(1, "Errors.failed").max(64, "Errors.failed");

/** A revision request or a rejection must tell the SME why. */
export const requireCommentUnlessPublish = crossFieldRule<{ decision: (typeof curationDecisions)[number]; comment?: string | undefined }>(
  ["decision", "comment"],
  (input, issue) => {
    if (input.decision !== "PUBLISH" && !input.comment) issue("comment", "CurationQueue.validation.commentRequired");
  },
);

/** The version of the profile the reviewer saw (Enterprise.version), sent back by the review form. */
export const reviewedVersionField = z
  .string({ error: "CurationQueue.errors.changedSinceOpened" })
  .trim()
  .regex(/^\d{1,9}$/, "CurationQueue.errors.changedSinceOpened")
  .transform(Number);

export const reviewEnterpriseSchema = z
  .object({ ...reviewDecisionShape, enterpriseId: recordIdField, version: reviewedVersionField })
  .check(requireCommentUnlessPublish);

export type ReviewEnterpriseInput = z.infer<typeof reviewEnterpriseSchema>;

export const answerRevisionSchema = z.object({
  body: z
    .string({ error: "CurationQueue.validation.answerRequired" })
    .trim()
    .min(1, "CurationQueue.validation.answerRequired")
    .max(curationCommentMaxLength, "CurationQueue.validation.commentTooLong"),
});

export type AnswerRevisionInput = z.infer<typeof answerRevisionSchema>;

/** Submitting a draft for review takes no input: the enterprise is the actor's own. */
export const submitForReviewSchema = z.object({});

export const changeDecisions = ["APPROVE", "REJECT"] as const;

/** Staff's decision on the pending changes of a published enterprise; a rejection tells the SME why. */
export const decideChangesSchema = z
  .object({
    enterpriseId: recordIdField,
    version: reviewedVersionField,
    decision: z.enum(changeDecisions, { error: "CurationQueue.validation.decisionRequired" }),
    note: comment,
  })
  .check(
    crossFieldRule<{ decision: (typeof changeDecisions)[number]; note?: string | undefined }>(["decision", "note"], (input, issue) => {
      if (input.decision === "REJECT" && !input.note) issue("note", "CurationQueue.validation.commentRequired");
    }),
  );

export type DecideChangesInput = z.infer<typeof decideChangesSchema>;
