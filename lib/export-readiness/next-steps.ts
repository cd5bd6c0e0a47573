// What an SME should do next after the export readiness self-assessment: each gap in the
// answers points to a concrete service (Disperin coaching, the FTA Center, KUR at a Himbara
// bank, DJKI, certification). Pure.
import type { ExportReadinessTier } from "@/lib/generated/prisma/enums";
import type { ExportReadinessAnswers } from "./questionnaire";

type Step = { key: string; values: Record<string, string | number> };

/** At most this many gap steps, so the list stays something a busy owner will act on. */
export const maxGapSteps = 5;

/**
 * Gaps in priority order: legal identity and certificates come first because export
 * documents and most buyers require them; capacity next, then knowledge, product, finance
 * and digital presence.
 */
const gapRules: readonly { key: string; applies: (a: ExportReadinessAnswers) => boolean }[] = [
  { key: "registerNib", applies: (a) => a.legalIdentity !== "hasNib" },
  { key: "certificationFirst", applies: (a) => a.productCertification === "none" || a.productCertification === "inProcess" },
  {
    key: "strengthenSupply",
    applies: (a) =>
      a.capacityHeadroom === "cannotIncrease" ||
      a.capacityHeadroom === "withDifficulty" ||
      a.qualityConsistency === "noStandard" ||
      a.qualityConsistency === "informalChecks",
  },
  { key: "hsCodeHelp", applies: (a) => a.hsCode !== "knowsCode" },
  {
    key: "exportCoaching",
    applies: (a) => a.exportDocuments === "none" || a.exportDocuments === "basic" || a.exportPricing === "cannot",
  },
  {
    key: "packagingClinic",
    applies: (a) => a.packagingLabel === "plain" || a.packagingLabel === "localLabel" || a.productAdaptation === "cannot",
  },
  { key: "registerTrademark", applies: (a) => a.trademark === "none" },
  { key: "kurFinancing", applies: (a) => a.workingCapital === "insufficient" },
  {
    key: "digitalCatalog",
    applies: (a) => a.onlinePresence === "none" || a.onlinePresence === "socialMedia" || a.foreignCommunication === "cannot",
  },
];

/** The step that follows from the tier itself, always last. */
const tierStep: Record<ExportReadinessTier, string> = {
  BELUM_SIAP: "domesticFirst",
  SIAP_DENGAN_PENDAMPINGAN: "assistanceProgram",
  SIAP_EKSPOR: "ftaCenterReferral",
};

export function nextStepsFor(answers: ExportReadinessAnswers, tier: ExportReadinessTier): Step[] {
  const gaps = gapRules.filter((rule) => rule.applies(answers)).slice(0, maxGapSteps);
  return [...gaps.map((rule) => rule.key), tierStep[tier]].map((key) => ({ key: `ExportReadiness.nextSteps.${key}`, values: {} }));
}
