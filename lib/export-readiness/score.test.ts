import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { type ExportReadinessAnswers, exportReadinessAnswersSchema, exportReadinessQuestions } from "./questionnaire";
import { applyOverride, type MessageRef, scoreExportReadiness, tierForScore } from "./score";

function render(ref: MessageRef, locale: "id" | "en" = "id"): string {
  const errors: string[] = [];
  const translator = createTranslator({ locale, messages: catalogs[locale], onError: (error) => errors.push(error.message) });
  // Keys here are computed at run time; the typed translator only takes literal keys.
  const t = translator as unknown as (key: string, values: MessageRef["values"]) => string;
  const text = t(ref.key, ref.values);
  expect(errors).toEqual([]);
  return text;
}

function answers(pick: (points: number[]) => number, overrides: Partial<ExportReadinessAnswers> = {}): ExportReadinessAnswers {
  const chosen = Object.fromEntries(
    exportReadinessQuestions.map((question) => {
      const target = pick(question.options.map((option) => option.points));
      return [question.id, question.options.find((option) => option.points === target)?.id];
    }),
  );
  return exportReadinessAnswersSchema.parse({ ...chosen, ...overrides });
}

const best = answers((points) => Math.max(...points));
const worst = answers((points) => Math.min(...points));

describe("tierForScore", () => {
  it.each([
    [0, "BELUM_SIAP"],
    [39, "BELUM_SIAP"],
    [40, "SIAP_DENGAN_PENDAMPINGAN"],
    [69, "SIAP_DENGAN_PENDAMPINGAN"],
    [70, "SIAP_EKSPOR"],
    [100, "SIAP_EKSPOR"],
  ] as const)("%i is %s", (score, tier) => {
    expect(tierForScore(score)).toBe(tier);
  });
});

describe("scoreExportReadiness", () => {
  it("scores the best answers 100 and export ready, with the FTA Center as next step", () => {
    const result = scoreExportReadiness(best);
    expect(result.score).toBe(100);
    expect(result.tier).toBe("SIAP_EKSPOR");
    expect(Object.values(result.categoryScores).every((score) => score === 100)).toBe(true);
    expect(result.nextSteps.map((step) => step.key)).toEqual(["ExportReadiness.nextSteps.ftaCenterReferral"]);
  });

  it("scores the weakest answers 0 and not ready, with the most basic steps first", () => {
    const result = scoreExportReadiness(worst);
    expect(result.score).toBe(0);
    expect(result.tier).toBe("BELUM_SIAP");
    const steps = result.nextSteps.map((step) => step.key.replace("ExportReadiness.nextSteps.", ""));
    expect(steps).toEqual(["registerNib", "certificationFirst", "strengthenSupply", "hsCodeHelp", "exportCoaching", "domesticFirst"]);
  });

  it("turns 40 and 70 (the band edges) into the higher tier", () => {
    // 47 points are possible: 19 rounds to 40, 33 rounds to 70.
    const total = exportReadinessQuestions.reduce((sum, question) => sum + question.maxPoints, 0);
    expect(total).toBe(47);
    const at40 = scoreExportReadiness({ ...worst, legalIdentity: "hasNib", productCertification: "advanced", capacityHeadroom: "readily", qualityConsistency: "qualitySystem", exportDocuments: "experienced" });
    expect(at40).toMatchObject({ score: 40, tier: "SIAP_DENGAN_PENDAMPINGAN" });
    const at38 = scoreExportReadiness({ ...worst, legalIdentity: "hasNib", productCertification: "advanced", capacityHeadroom: "readily", qualityConsistency: "qualitySystem", exportDocuments: "canPrepare" });
    expect(at38).toMatchObject({ score: 38, tier: "BELUM_SIAP" });
    // From the best answers, giving up 14 points leaves 33 (70), giving up 15 leaves 32 (68).
    const lose14 = { ...best, exportExperience: "never", workingCapital: "insufficient", onlinePresence: "none", exportPlan: "noPlan", exportTeam: "ownerPartTime" } as const;
    expect(scoreExportReadiness(lose14)).toMatchObject({ score: 70, tier: "SIAP_EKSPOR" });
    expect(scoreExportReadiness({ ...lose14, trademark: "applied" })).toMatchObject({ score: 68, tier: "SIAP_DENGAN_PENDAMPINGAN" });
  });

  it("caps a high score at 'with assistance' without an NIB, and says why", () => {
    const result = scoreExportReadiness({ ...best, legalIdentity: "inProcess" });
    expect(result.score).toBe(96);
    expect(result.tier).toBe("SIAP_DENGAN_PENDAMPINGAN");
    expect(result.reasons.map((reason) => reason.key)).toContain("ExportReadiness.reasons.capNoLegalIdentity");
    expect(result.nextSteps[0]?.key).toBe("ExportReadiness.nextSteps.registerNib");
  });

  it("caps a high score when production cannot grow or has no quality standard", () => {
    for (const weak of [{ capacityHeadroom: "cannotIncrease" }, { qualityConsistency: "noStandard" }] as const) {
      const result = scoreExportReadiness({ ...best, ...weak });
      expect(result.score).toBeGreaterThanOrEqual(70);
      expect(result.tier).toBe("SIAP_DENGAN_PENDAMPINGAN");
      expect(result.reasons.map((reason) => reason.key)).toContain("ExportReadiness.reasons.capInconsistentSupply");
    }
  });

  it("mentions no cap when the cap changes nothing", () => {
    const result = scoreExportReadiness(worst);
    expect(result.reasons.map((reason) => reason.key)).not.toContain("ExportReadiness.reasons.capNoLegalIdentity");
  });

  it("reports category scores and names the weakest categories", () => {
    const result = scoreExportReadiness({ ...best, hsCode: "unknown", exportDocuments: "none", exportPricing: "roughly" });
    expect(result.categoryScores.knowledge).toBe(0);
    expect(result.categoryScores.finance).toBe(80);
    expect(result.reasons).toContainEqual({ key: "ExportReadiness.reasons.weak.knowledge", values: { percent: 0 } });
    expect(result.nextSteps.map((step) => step.key)).toEqual([
      "ExportReadiness.nextSteps.hsCodeHelp",
      "ExportReadiness.nextSteps.exportCoaching",
      "ExportReadiness.nextSteps.ftaCenterReferral",
    ]);
  });

  it("lists at most five gap steps plus the tier step", () => {
    expect(scoreExportReadiness(worst).nextSteps).toHaveLength(6);
  });

  it("explains the result in plain Indonesian", () => {
    const result = scoreExportReadiness({ ...best, legalIdentity: "none" });
    expect(render(result.reasons[0]!)).toBe("Skor Anda 94 dari 100: usaha Anda siap ekspor dengan pendampingan.");
    expect(render(result.reasons[1]!)).toContain("belum memiliki NIB");
  });

  it("renders every reason and next step in both languages", () => {
    const samples = [best, worst, answers((points) => points[1] ?? 0), answers((points) => points[points.length - 2] ?? 0)];
    for (const sample of samples) {
      const result = scoreExportReadiness(sample);
      for (const ref of [...result.reasons, ...result.nextSteps]) {
        expect(render(ref, "id")).not.toContain("{");
        expect(render(ref, "en")).not.toContain("{");
      }
    }
  });
});

describe("applyOverride", () => {
  const selfAssessed = scoreExportReadiness(best);

  it("sets the verified tier and keeps the self-assessed tier and score", () => {
    const verified = applyOverride(selfAssessed, { tier: "SIAP_DENGAN_PENDAMPINGAN", note: "  Kapasitas belum terbukti saat kunjungan.  " });
    expect(verified.tier).toBe("SIAP_DENGAN_PENDAMPINGAN");
    expect(verified.selfAssessedTier).toBe("SIAP_EKSPOR");
    expect(verified.score).toBe(100);
    expect(verified.override).toEqual({ tier: "SIAP_DENGAN_PENDAMPINGAN", note: "Kapasitas belum terbukti saat kunjungan." });
  });

  it("keeps the original self-assessment through a second override", () => {
    const first = applyOverride(selfAssessed, { tier: "BELUM_SIAP", note: "Belum ada NIB." });
    const second = applyOverride(first, { tier: "SIAP_DENGAN_PENDAMPINGAN", note: "NIB sudah terbit." });
    expect(second.selfAssessedTier).toBe("SIAP_EKSPOR");
    expect(second.tier).toBe("SIAP_DENGAN_PENDAMPINGAN");
  });

  it("requires a note", () => {
    expect(() => applyOverride(selfAssessed, { tier: "BELUM_SIAP", note: "   " })).toThrow("ExportReadiness.validation.noteRequired");
  });
});
