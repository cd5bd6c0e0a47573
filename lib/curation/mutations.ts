// Writes of the enterprise curation workflow. Each takes a transaction client, so the review,
// the comment, the status change and the audit row commit together or not at all.
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { SmeOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { notifyCurationResult } from "./notify";
import { type CurationScores, gradeCuration } from "./rubric";
import type { ReviewEnterpriseInput } from "./schemas";

/** Statuses a staff review may act on: waiting for curation, or waiting for the SME's answer. */
export const reviewableStatuses: readonly CurationStatus[] = ["SUBMITTED", "REVISION_REQUESTED"];

const outcome = {
  PUBLISH: { status: "PUBLISHED", audit: "enterprise.publish" },
  REQUEST_REVISION: { status: "REVISION_REQUESTED", audit: "enterprise.request-revision" },
  REJECT: { status: "REJECTED", audit: "enterprise.reject" },
} as const;

/** Why a review changed nothing: the profile changed after the reviewer opened it, or moved on. */
async function refusal(tx: DbClient, enterpriseId: string): Promise<UserFacingError> {
  const row = await tx.enterprise.findUnique({ where: { id: enterpriseId }, select: { status: true } });
  if (row && reviewableStatuses.includes(row.status)) return new UserFacingError("CurationQueue.errors.changedSinceOpened");
  return new UserFacingError("CurationQueue.errors.notReviewable");
}

export async function reviewEnterprise(
  tx: DbClient,
  reviewer: { userId: string },
  input: ReviewEnterpriseInput,
  now: Date = new Date(),
): Promise<{ status: (typeof outcome)[keyof typeof outcome]["status"] }> {
  const scores: CurationScores = {
    legality: input.legality,
    qualityCapacity: input.qualityCapacity,
    marketReach: input.marketReach,
    competitiveAdvantage: input.competitiveAdvantage,
  };
  const result = gradeCuration(scores);
  // Checked before any write: a refused publication changes nothing.
  if (input.decision === "PUBLISH" && !result.publishable) {
    throw new UserFacingError("Curation.reasons.legalityBlocks", "legality");
  }
  const { status, audit } = outcome[input.decision];
  const published = input.decision === "PUBLISH";
  // The status condition in the where makes two staff deciding at once safe: one of them wins;
  // the version makes staff decide on exactly the profile they reviewed, not a later edit.
  const updated = await tx.enterprise.updateMany({
    where: { id: input.enterpriseId, status: { in: [...reviewableStatuses] }, version: input.version },
    data: {
      status,
      // Grade and verification belong to a published profile; the review row keeps every grade.
      curationGrade: published ? result.grade : null,
      verifiedAt: published ? now : null,
    },
  });
  if (updated.count === 0) throw await refusal(tx, input.enterpriseId);

  const review = await tx.curationReview.create({
    data: {
      enterpriseId: input.enterpriseId,
      reviewerId: reviewer.userId,
      ...scores,
      total: result.total,
      grade: result.grade,
      decision: input.decision,
      comment: input.comment ?? null,
      createdAt: now,
    },
    select: { id: true },
  });
  if (input.comment) {
    await tx.curationComment.create({
      data: { enterpriseId: input.enterpriseId, authorId: reviewer.userId, fromStaff: true, body: input.comment, createdAt: now },
      select: { id: true },
    });
  }
  await recordAudit(tx, {
    actorId: reviewer.userId,
    action: audit,
    entityType: "Enterprise",
    entityId: input.enterpriseId,
    data: { reviewId: review.id, grade: result.grade, total: result.total, decision: input.decision },
  });
  await notifyCurationResult(tx, { subject: "enterprise", id: input.enterpriseId, reviewId: review.id, status, comment: input.comment ?? null });
  return { status };
}

/** The SME's answer to a revision request, which sends the profile back to the queue. */
export async function answerRevision(tx: DbClient, owner: SmeOwner, body: string): Promise<void> {
  const updated = await tx.enterprise.updateMany({
    where: { id: owner.enterpriseId, ownerId: owner.userId, status: "REVISION_REQUESTED" },
    data: { status: "SUBMITTED" },
  });
  if (updated.count === 0) throw new UserFacingError("CurationQueue.errors.notAwaitingRevision");
  await tx.curationComment.create({
    data: { enterpriseId: owner.enterpriseId, authorId: owner.userId, fromStaff: false, body },
    select: { id: true },
  });
  await recordAudit(tx, { actorId: owner.userId, action: "enterprise.resubmit", entityType: "Enterprise", entityId: owner.enterpriseId });
}

/** A draft profile goes to the curation queue. */
export async function submitForReview(tx: DbClient, owner: SmeOwner): Promise<void> {
  const updated = await tx.enterprise.updateMany({
    where: { id: owner.enterpriseId, ownerId: owner.userId, status: "DRAFT" },
    data: { status: "SUBMITTED" },
  });
  if (updated.count === 0) throw new UserFacingError("CurationQueue.errors.notDraft");
  await recordAudit(tx, { actorId: owner.userId, action: "enterprise.submit", entityType: "Enterprise", entityId: owner.enterpriseId });
}
