// Writes for the export readiness self-assessment. Each takes the transaction client it runs in.
import { UserFacingError } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/log";
import type { DbClient } from "@/lib/db";
import type { ExportReadinessTier } from "@/lib/generated/prisma/enums";
import type { ExportReadinessAnswers } from "./questionnaire";
import { scoreExportReadiness } from "./score";

/**
 * Stores a self-assessment for the enterprise (from the session, never from the form), with
 * the score and tier computed here. It goes on the enterprise (what the catalog and matching
 * read) only while no staff-verified tier is in effect: once staff have verified one, a new
 * self-assessment waits as pending until staff verify it (verifyAssessment).
 */
export async function createAssessment(
  tx: DbClient,
  { enterpriseId, actorId }: { enterpriseId: string; actorId: string },
  answers: ExportReadinessAnswers,
): Promise<{ id: string; score: number; tier: ExportReadinessTier }> {
  const result = scoreExportReadiness(answers);
  const assessment = await tx.exportReadinessAssessment.create({
    data: { enterpriseId, answers, score: result.score, tier: result.tier, submittedById: actorId },
    select: { id: true },
  });
  // Locks the enterprise row first, so a verification committing meanwhile is seen below.
  await tx.$queryRaw`SELECT id FROM "Enterprise" WHERE id = ${enterpriseId} FOR UPDATE`;
  const verified = await tx.exportReadinessAssessment.count({ where: { enterpriseId, verifiedAt: { not: null } } });
  const pending = verified > 0;
  if (!pending) {
    await tx.enterprise.update({
      where: { id: enterpriseId },
      data: { exportReadinessScore: result.score, exportReadinessTier: result.tier },
      select: { id: true },
    });
  }
  await recordAudit(tx, {
    actorId,
    action: "export-readiness.submit",
    entityType: "ExportReadinessAssessment",
    entityId: assessment.id,
    data: { enterpriseId, score: result.score, tier: result.tier, pending },
  });
  return { id: assessment.id, score: result.score, tier: result.tier };
}

/**
 * Staff verify (same tier) or override (another tier, with a note) an assessment. The
 * enterprise takes the verified tier when this is its latest assessment, so verifying an old
 * one never replaces a newer result.
 */
export async function verifyAssessment(
  tx: DbClient,
  { actorId }: { actorId: string },
  { assessmentId, tier, note }: { assessmentId: string; tier: ExportReadinessTier; note: string | null },
): Promise<void> {
  const assessment = await tx.exportReadinessAssessment.findUnique({
    where: { id: assessmentId },
    select: { id: true, enterpriseId: true, tier: true, score: true },
  });
  if (!assessment) throw new UserFacingError("ExportReadinessPages.notFound");
  // The same lock as createAssessment takes: a self-assessment and its verification never interleave.
  await tx.$queryRaw`SELECT id FROM "Enterprise" WHERE id = ${assessment.enterpriseId} FOR UPDATE`;
  await tx.exportReadinessAssessment.update({
    where: { id: assessment.id },
    data: { verifiedTier: tier, verifiedNote: note, verifiedById: actorId, verifiedAt: new Date() },
    select: { id: true },
  });
  const latest = await tx.exportReadinessAssessment.findFirst({
    where: { enterpriseId: assessment.enterpriseId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (latest?.id === assessment.id) {
    await tx.enterprise.update({
      where: { id: assessment.enterpriseId },
      data: { exportReadinessTier: tier, exportReadinessScore: assessment.score },
      select: { id: true },
    });
  }
  await recordAudit(tx, {
    actorId,
    action: "export-readiness.verify",
    entityType: "ExportReadinessAssessment",
    entityId: assessment.id,
    data: { enterpriseId: assessment.enterpriseId, selfAssessedTier: assessment.tier, verifiedTier: tier },
  });
}
