// Input of a staff product review: the same rubric, decision and comment as an enterprise
// review, naming the product instead.
import { z } from "zod";
import { recordIdField, requireCommentUnlessPublish, reviewDecisionShape, reviewedVersionField } from "./schemas";

export const reviewProductSchema = z
  .object({ ...reviewDecisionShape, productId: recordIdField, version: reviewedVersionField })
  .check(requireCommentUnlessPublish);

export type ReviewProductInput = z.infer<typeof reviewProductSchema>;
