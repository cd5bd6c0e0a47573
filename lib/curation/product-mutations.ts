// The staff review of a product. Like an enterprise review it takes a transaction client, so
// the status change, the review, the comment and the audit row commit together or not at all.
// A product is published only under a published enterprise: a buyer must be able to open the
// supplier behind every verified product.
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reviewableStatuses } from "./mutations";
import type { ReviewProductInput } from "./product-schemas";
import { notifyCurationResult } from "./notify";
import { type CurationScores, gradeCuration } from "./rubric";

const outcome = {
  PUBLISH: { status: "PUBLISHED", audit: "product.publish" },
  REQUEST_REVISION: { status: "REVISION_REQUESTED", audit: "product.request-revision" },
  REJECT: { status: "REJECTED", audit: "product.reject" },
} as const;

export type ProductReviewStatus = (typeof outcome)[keyof typeof outcome]["status"];

/**
 * Why a review changed nothing: the product moved on, (for a publication) its enterprise is not
 * published, or the SME changed it after the reviewer opened it.
 */
async function refusal(tx: DbClient, productId: string): Promise<UserFacingError> {
  const product = await tx.product.findUnique({
    where: { id: productId },
    select: { status: true, enterprise: { select: { status: true } } },
  });
  if (product && reviewableStatuses.includes(product.status) && product.enterprise.status !== "PUBLISHED") {
    return new UserFacingError("ProductCuration.errors.enterpriseNotPublished");
  }
  if (product && reviewableStatuses.includes(product.status)) return new UserFacingError("CurationQueue.errors.changedSinceOpened");
  return new UserFacingError("ProductCuration.errors.notReviewable");
}

export async function reviewProduct(
  tx: DbClient,
  reviewer: { userId: string },
  input: ReviewProductInput,
  now: Date = new Date(),
): Promise<{ status: ProductReviewStatus }> {
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
  // Status (and, to publish, the enterprise's status) in the where: two staff deciding at once,
  // or an enterprise taken down meanwhile, cannot slip a product through.
  const where: Prisma.ProductWhereInput = {
    id: input.productId,
    status: { in: [...reviewableStatuses] },
    version: input.version,
    ...(published ? { enterprise: { status: "PUBLISHED" } } : {}),
  };
  const updated = await tx.product.updateMany({
    where,
    data: published
      ? { status, curationGrade: result.grade, verifiedAt: now, publishedAt: now }
      : { status, curationGrade: null, verifiedAt: null },
  });
  if (updated.count === 0) throw await refusal(tx, input.productId);

  const review = await tx.curationReview.create({
    data: {
      productId: input.productId,
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
      data: { productId: input.productId, authorId: reviewer.userId, fromStaff: true, body: input.comment, createdAt: now },
      select: { id: true },
    });
  }
  await recordAudit(tx, {
    actorId: reviewer.userId,
    action: audit,
    entityType: "Product",
    entityId: input.productId,
    data: { reviewId: review.id, grade: result.grade, total: result.total, decision: input.decision },
  });
  await notifyCurationResult(tx, { subject: "product", id: input.productId, reviewId: review.id, status, comment: input.comment ?? null });
  return { status };
}
