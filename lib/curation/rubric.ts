// The staff curation rubric for an SME profile: four criteria scored 0–3, a grade, and
// whether the profile may be published. Pure.
import { z } from "zod";
import type { CurationGrade } from "@/lib/generated/prisma/enums";

export type MessageRef = { key: string; values: Record<string, string | number> };

export const curationCriteria = ["legality", "qualityCapacity", "marketReach", "competitiveAdvantage"] as const;
export type CurationCriterion = (typeof curationCriteria)[number];

export const maxCriterionScore = 3;
export const maxCurationTotal = maxCriterionScore * curationCriteria.length;

/** Message keys for the rubric form: criterion name, and what each level 0–3 means. */
export function criterionMessageKeys(criterion: CurationCriterion): { label: string; levels: string[] } {
  return {
    label: `Curation.criteria.${criterion}.label`,
    levels: [0, 1, 2, 3].map((level) => `Curation.criteria.${criterion}.level${level}`),
  };
}

/** One criterion's score: a number 0–3, or the same as form text ("0"–"3"). */
const criterionScore = z
  .union([z.int(), z.string().trim().regex(/^\d+$/).transform(Number)], { error: "Curation.validation.scoreRequired" })
  .pipe(z.int().min(0, "Curation.validation.scoreRange").max(maxCriterionScore, "Curation.validation.scoreRange"));

export const curationScoresSchema = z.strictObject({
  legality: criterionScore,
  qualityCapacity: criterionScore,
  marketReach: criterionScore,
  competitiveAdvantage: criterionScore,
});

export type CurationScores = z.infer<typeof curationScoresSchema>;

export type CurationResult = {
  total: number;
  grade: CurationGrade;
  publishable: boolean;
  reasons: MessageRef[];
};

/**
 * Grade bands on the 0–12 total:
 * - A: 10–12, strong on nearly every criterion: shown first to buyers and partners;
 * - B: 7–9, a solid profile with one or two gaps;
 * - C: 0–6, publishable but needs coaching before it is put forward for matching.
 * Ten for A means at most two criteria short of the top, so an A never hides a weak spot.
 */
export const gradeBands = { A: 10, B: 7 } as const;

export function gradeForTotal(total: number): CurationGrade {
  if (total >= gradeBands.A) return "A";
  if (total >= gradeBands.B) return "B";
  return "C";
}

/**
 * Grades validated scores. A 0 in legality (no NIB or other legal identity that staff could
 * verify) blocks publication whatever the total: the portal vouches for listed businesses
 * to banks and buyers.
 */
export function gradeCuration(scores: CurationScores): CurationResult {
  const total = curationCriteria.reduce((sum, criterion) => sum + scores[criterion], 0);
  const grade = gradeForTotal(total);
  const publishable = scores.legality > 0;

  const reasons: MessageRef[] = [{ key: `Curation.reasons.grade${grade}`, values: { total, max: maxCurationTotal } }];
  if (!publishable) reasons.push({ key: "Curation.reasons.legalityBlocks", values: {} });
  for (const criterion of curationCriteria) {
    const score = scores[criterion];
    // Legality at 0 already has its own reason.
    if (score === 0 && criterion === "legality") continue;
    if (score <= 1) reasons.push({ key: `Curation.reasons.weak.${criterion}`, values: { score, max: maxCriterionScore } });
    else if (score === maxCriterionScore) reasons.push({ key: `Curation.reasons.strong.${criterion}`, values: {} });
  }
  return { total, grade, publishable, reasons };
}
