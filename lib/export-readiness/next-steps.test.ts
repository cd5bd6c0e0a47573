import { describe, expect, it } from "vitest";
import { maxGapSteps, nextStepsFor } from "./next-steps";
import { type ExportReadinessAnswers, exportReadinessQuestions } from "./questionnaire";

const pickBy = (choose: (points: number[]) => number) =>
  Object.fromEntries(
    exportReadinessQuestions.map((question) => {
      const target = choose(question.options.map((option) => option.points));
      return [question.id, question.options.find((option) => option.points === target)?.id];
    }),
  ) as ExportReadinessAnswers;

const best = pickBy((points) => Math.max(...points));
const names = (answers: ExportReadinessAnswers, tier: Parameters<typeof nextStepsFor>[1]) =>
  nextStepsFor(answers, tier).map((step) => step.key.replace("ExportReadiness.nextSteps.", ""));

describe("nextStepsFor", () => {
  it("ends with the step that follows from the tier", () => {
    expect(names(best, "SIAP_EKSPOR")).toEqual(["ftaCenterReferral"]);
    expect(names(best, "SIAP_DENGAN_PENDAMPINGAN")).toEqual(["assistanceProgram"]);
    expect(names(best, "BELUM_SIAP")).toEqual(["domesticFirst"]);
  });

  it("puts legal identity and certificates before everything else", () => {
    const answers = { ...best, onlinePresence: "none", legalIdentity: "inProcess", productCertification: "none" } as const;
    expect(names(answers, "SIAP_DENGAN_PENDAMPINGAN")).toEqual(["registerNib", "certificationFirst", "digitalCatalog", "assistanceProgram"]);
  });

  it("points each gap to its service", () => {
    expect(names({ ...best, trademark: "none" }, "SIAP_EKSPOR")).toEqual(["registerTrademark", "ftaCenterReferral"]);
    expect(names({ ...best, workingCapital: "insufficient" }, "SIAP_EKSPOR")).toEqual(["kurFinancing", "ftaCenterReferral"]);
    expect(names({ ...best, packagingLabel: "localLabel" }, "SIAP_EKSPOR")).toEqual(["packagingClinic", "ftaCenterReferral"]);
    expect(names({ ...best, exportPricing: "cannot" }, "SIAP_EKSPOR")).toEqual(["exportCoaching", "ftaCenterReferral"]);
  });

  it("keeps the list short enough to act on", () => {
    const worst = pickBy((points) => Math.min(...points));
    expect(nextStepsFor(worst, "BELUM_SIAP")).toHaveLength(maxGapSteps + 1);
  });
});
