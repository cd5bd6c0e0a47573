// Scores an export readiness self-assessment, picks the tier, explains it and suggests
// next steps; staff can override the tier after a visit. Pure.
import { z } from "zod";
import type { ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { nextStepsFor } from "./next-steps";
import {
  type ExportReadinessAnswers,
  type ExportReadinessCategory,
  exportReadinessCategories,
  exportReadinessQuestions,
} from "./questionnaire";

export type MessageRef = { key: string; values: Record<string, string | number> };

// Runtime values of the Prisma enum (only its type may be imported here); the mapped type
// fails the type check if the enum gains or loses a tier.
const tierValues = {
  BELUM_SIAP: "BELUM_SIAP",
  SIAP_DENGAN_PENDAMPINGAN: "SIAP_DENGAN_PENDAMPINGAN",
  SIAP_EKSPOR: "SIAP_EKSPOR",
} as const satisfies { [T in ExportReadinessTier]: T };

/** Score bands: below 40 not ready, 40–69 ready with assistance, 70 and up export ready. */
export const tierThresholds = { withAssistance: 40, exportReady: 70 } as const;

export type ExportReadinessResult = {
  /** 0–100: points earned over points possible, rounded. */
  score: number;
  tier: ExportReadinessTier;
  /** 0–100 per category. */
  categoryScores: Record<ExportReadinessCategory, number>;
  reasons: MessageRef[];
  nextSteps: MessageRef[];
};

export function tierForScore(score: number): ExportReadinessTier {
  if (score >= tierThresholds.exportReady) return "SIAP_EKSPOR";
  if (score >= tierThresholds.withAssistance) return "SIAP_DENGAN_PENDAMPINGAN";
  return "BELUM_SIAP";
}

const tierRank: Record<ExportReadinessTier, number> = { BELUM_SIAP: 0, SIAP_DENGAN_PENDAMPINGAN: 1, SIAP_EKSPOR: 2 };

/**
 * Hard rules that cap the tier at "siap dengan pendampingan" whatever the score, because a
 * first export order fails without them however strong the rest is:
 * - no NIB yet: the NIB is the business's legal identity and also its customs access, so
 *   nothing can be shipped in its name (facts.md a);
 * - capacity that cannot grow at all, or no quality standard: a buyer's repeat order cannot
 *   be met consistently, which ends export relationships faster than anything else.
 */
function caps(answers: ExportReadinessAnswers): MessageRef[] {
  const found: MessageRef[] = [];
  if (answers.legalIdentity !== "hasNib") found.push({ key: "ExportReadiness.reasons.capNoLegalIdentity", values: {} });
  if (answers.capacityHeadroom === "cannotIncrease" || answers.qualityConsistency === "noStandard") {
    found.push({ key: "ExportReadiness.reasons.capInconsistentSupply", values: {} });
  }
  return found;
}

function pointsFor(question: (typeof exportReadinessQuestions)[number], answers: ExportReadinessAnswers): number {
  const chosen: string = answers[question.id];
  const option = question.options.find((candidate) => candidate.id === chosen);
  if (!option) throw new RangeError(`Unknown option "${chosen}" for question ${question.id}`);
  return option.points;
}

const percent = (earned: number, possible: number) => (possible === 0 ? 0 : Math.round((earned / possible) * 100));

/** Categories at or above this share show as strengths, below weakBelow as gaps. */
const strongFrom = 75;
const weakBelow = 50;

/**
 * Scores answers already validated by exportReadinessAnswersSchema (throws a RangeError on
 * an option a question does not have).
 */
export function scoreExportReadiness(answers: ExportReadinessAnswers): ExportReadinessResult {
  const earned = new Map<ExportReadinessCategory, number>();
  const possible = new Map<ExportReadinessCategory, number>();
  let totalEarned = 0;
  let totalPossible = 0;
  for (const question of exportReadinessQuestions) {
    const points = pointsFor(question, answers);
    earned.set(question.category, (earned.get(question.category) ?? 0) + points);
    possible.set(question.category, (possible.get(question.category) ?? 0) + question.maxPoints);
    totalEarned += points;
    totalPossible += question.maxPoints;
  }

  const categoryScores = Object.fromEntries(
    exportReadinessCategories.map((category) => [category, percent(earned.get(category) ?? 0, possible.get(category) ?? 0)]),
  ) as Record<ExportReadinessCategory, number>;

  const score = percent(totalEarned, totalPossible);
  const scoredTier = tierForScore(score);
  const capReasons = caps(answers);
  const tier =
    capReasons.length > 0 && tierRank[scoredTier] > tierRank.SIAP_DENGAN_PENDAMPINGAN ? "SIAP_DENGAN_PENDAMPINGAN" : scoredTier;

  const reasons: MessageRef[] = [{ key: `ExportReadiness.reasons.tier.${tier}`, values: { score } }];
  if (tier !== scoredTier) reasons.push(...capReasons);
  // Strengths best first, gaps worst first; ties keep the questionnaire's category order.
  const ranked = [...exportReadinessCategories].sort((a, b) => categoryScores[b] - categoryScores[a]);
  for (const category of ranked.filter((c) => categoryScores[c] >= strongFrom).slice(0, 2)) {
    reasons.push({ key: `ExportReadiness.reasons.strong.${category}`, values: { percent: categoryScores[category] } });
  }
  for (const category of ranked.reverse().filter((c) => categoryScores[c] < weakBelow).slice(0, 3)) {
    reasons.push({ key: `ExportReadiness.reasons.weak.${category}`, values: { percent: categoryScores[category] } });
  }

  return { score, tier, categoryScores, reasons, nextSteps: nextStepsFor(answers, tier) };
}

// ---------------------------------------------------------------- staff override

export const exportReadinessOverrideSchema = z.strictObject({
  tier: z.enum(tierValues, { error: "ExportReadiness.validation.tierRequired" }),
  note: z
    .string({ error: "ExportReadiness.validation.noteRequired" })
    .trim()
    .min(1, "ExportReadiness.validation.noteRequired")
    .max(1000, "ExportReadiness.validation.noteTooLong"),
});

export type ExportReadinessOverride = z.infer<typeof exportReadinessOverrideSchema>;

/** A result after staff review: `tier` is the verified tier, the self-assessed one is kept beside it. */
export type VerifiedExportReadiness = ExportReadinessResult & {
  selfAssessedTier: ExportReadinessTier;
  override: ExportReadinessOverride;
};

/**
 * Staff set the tier they verified (with a note saying why); the score stays the SME's own.
 * Applying a second override keeps the original self-assessed tier. Throws a ZodError when
 * the override is invalid (no note, unknown tier).
 */
export function applyOverride(
  result: ExportReadinessResult | VerifiedExportReadiness,
  override: ExportReadinessOverride,
): VerifiedExportReadiness {
  const verified = exportReadinessOverrideSchema.parse(override);
  const selfAssessedTier = "selfAssessedTier" in result ? result.selfAssessedTier : result.tier;
  return { ...result, tier: verified.tier, selfAssessedTier, override: verified };
}
