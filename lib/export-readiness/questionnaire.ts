// The export readiness self-assessment: questions, answer options with points, and the
// schema that checks a submitted set of answers. Pure. Scoring lives in score.ts.
import { z } from "zod";

export const exportReadinessCategories = [
  "commitment",
  "capacity",
  "product",
  "certification",
  "knowledge",
  "experience",
  "finance",
  "digital",
] as const;

export type ExportReadinessCategory = (typeof exportReadinessCategories)[number];

/** Message key of a category's name, e.g. "ExportReadiness.categories.capacity". */
export function categoryMessageKey(category: ExportReadinessCategory): string {
  return `ExportReadiness.categories.${category}`;
}

function defineQuestion<const Id extends string, const OptionId extends string>(
  id: Id,
  category: ExportReadinessCategory,
  options: readonly { id: OptionId; points: number }[],
) {
  return {
    id,
    category,
    messageKey: `ExportReadiness.questions.${id}.label` as const,
    options: options.map((option) => ({
      ...option,
      messageKey: `ExportReadiness.questions.${id}.options.${option.id}` as const,
    })),
    maxPoints: Math.max(...options.map((option) => option.points)),
  };
}

/**
 * Sixteen questions in eight areas, in the order the form shows them. Points weigh what
 * matters most to a first export order: consistent supply and quality, legality and
 * certificates, and knowing the paperwork weigh more than, say, a website.
 */
export const exportReadinessQuestions = [
  defineQuestion("exportPlan", "commitment", [
    { id: "noPlan", points: 0 },
    { id: "interested", points: 1 },
    { id: "withinYear", points: 2 },
    { id: "writtenPlan", points: 3 },
  ]),
  defineQuestion("exportTeam", "commitment", [
    { id: "nobody", points: 0 },
    { id: "ownerPartTime", points: 1 },
    { id: "dedicatedPerson", points: 2 },
  ]),
  defineQuestion("capacityHeadroom", "capacity", [
    { id: "cannotIncrease", points: 0 },
    { id: "withDifficulty", points: 1 },
    { id: "withinMonths", points: 3 },
    { id: "readily", points: 4 },
  ]),
  defineQuestion("qualityConsistency", "capacity", [
    { id: "noStandard", points: 0 },
    { id: "informalChecks", points: 1 },
    { id: "writtenStandard", points: 3 },
    { id: "qualitySystem", points: 4 },
  ]),
  defineQuestion("productAdaptation", "product", [
    { id: "cannot", points: 0 },
    { id: "limited", points: 1 },
    { id: "yes", points: 2 },
  ]),
  defineQuestion("packagingLabel", "product", [
    { id: "plain", points: 0 },
    { id: "localLabel", points: 1 },
    { id: "completeLabel", points: 2 },
    { id: "exportLabel", points: 3 },
  ]),
  defineQuestion("legalIdentity", "certification", [
    { id: "none", points: 0 },
    { id: "inProcess", points: 1 },
    { id: "hasNib", points: 3 },
  ]),
  defineQuestion("productCertification", "certification", [
    { id: "none", points: 0 },
    { id: "inProcess", points: 1 },
    { id: "basic", points: 2 },
    { id: "advanced", points: 4 },
    { id: "notRequired", points: 4 },
  ]),
  defineQuestion("trademark", "certification", [
    { id: "none", points: 0 },
    { id: "applied", points: 1 },
    { id: "registered", points: 2 },
  ]),
  defineQuestion("hsCode", "knowledge", [
    { id: "unknown", points: 0 },
    { id: "heardOf", points: 1 },
    { id: "knowsCode", points: 2 },
  ]),
  defineQuestion("exportDocuments", "knowledge", [
    { id: "none", points: 0 },
    { id: "basic", points: 1 },
    { id: "canPrepare", points: 3 },
    { id: "experienced", points: 4 },
  ]),
  defineQuestion("exportExperience", "experience", [
    { id: "never", points: 0 },
    { id: "indirect", points: 2 },
    { id: "directOccasional", points: 3 },
    { id: "directRegular", points: 4 },
  ]),
  defineQuestion("exportPricing", "finance", [
    { id: "cannot", points: 0 },
    { id: "roughly", points: 1 },
    { id: "fullCosting", points: 2 },
  ]),
  defineQuestion("workingCapital", "finance", [
    { id: "insufficient", points: 0 },
    { id: "withFinancing", points: 2 },
    { id: "ownFunds", points: 3 },
  ]),
  defineQuestion("onlinePresence", "digital", [
    { id: "none", points: 0 },
    { id: "socialMedia", points: 1 },
    { id: "marketplace", points: 2 },
    { id: "englishCatalog", points: 3 },
  ]),
  defineQuestion("foreignCommunication", "digital", [
    { id: "cannot", points: 0 },
    { id: "withHelp", points: 1 },
    { id: "fluent", points: 2 },
  ]),
] as const;

export type ExportReadinessQuestion = (typeof exportReadinessQuestions)[number];
export type ExportReadinessQuestionId = ExportReadinessQuestion["id"];

/** Every question's chosen option id, e.g. { exportPlan: "withinYear", ... }. */
export type ExportReadinessAnswers = {
  [Q in ExportReadinessQuestion as Q["id"]]: Q["options"][number]["id"];
};

type AnswersShape = {
  [Q in ExportReadinessQuestion as Q["id"]]: z.ZodEnum<{ [O in Q["options"][number]["id"]]: O }>;
};

function optionIds(question: ExportReadinessQuestion): [string, ...string[]] {
  const [first, ...rest] = question.options.map((option) => option.id);
  if (first === undefined) throw new Error(`Question ${question.id} has no options`);
  return [first, ...rest];
}

// Object.fromEntries cannot know the keys; the mapped type above states them.
const answersShape = Object.fromEntries(
  exportReadinessQuestions.map((question) => [
    question.id,
    z.enum(optionIds(question), { error: "ExportReadiness.validation.answerRequired" }),
  ]),
) as AnswersShape;

/**
 * A complete self-assessment: every question answered with one of its own options, and no
 * unknown fields. Issue messages are message keys.
 */
export const exportReadinessAnswersSchema = z.strictObject(answersShape, {
  error: "ExportReadiness.validation.unknownQuestion",
});

export function findQuestion(id: string): ExportReadinessQuestion | undefined {
  return exportReadinessQuestions.find((question) => question.id === id);
}
