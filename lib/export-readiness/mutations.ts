// Writes for the export readiness self-assessment. Each takes the transaction client it runs in.
import { UserFacingError } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/log";
import type { DbClient } from "@/lib/db";
import type { ExportReadinessTier } from "@/lib/generated/prisma/enums";
import type { ExportReadinessAnswers } from "./questionnaire";
import { scoreExportReadiness } from "./score";

/**
 * Stores a self-assessment for the enterprise (from the session, never from the form), with
 * the score and tier computed here, and puts them on the enterprise too.
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
  await tx.enterprise.update({
    where: { id: enterpriseId },
    data: { exportReadinessScore: result.score, exportReadinessTier: result.tier },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "export-readiness.submit",
    entityType: "ExportReadinessAssessment",
    entityId: assessment.id,
    data: { enterpriseId, score: result.score, tier: result.tier },
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
    select: { id: true, enterpriseId: true, tier: true },
  });
  if (!assessment) throw new UserFacingError("ExportReadinessPages.notFound");
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
    await tx.enterprise.update({ where: { id: assessment.enterpriseId }, data: { exportReadinessTier: tier }, select: { id: true } });
  }
  await recordAudit(tx, {
    actorId,
    action: "export-readiness.verify",
    entityType: "ExportReadinessAssessment",
    entityId: assessment.id,
    data: { enterpriseId: assessment.enterpriseId, selfAssessedTier: assessment.tier, verifiedTier: tier },
  });
}
