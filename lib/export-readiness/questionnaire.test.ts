import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import {
  categoryMessageKey,
  exportReadinessAnswersSchema,
  exportReadinessCategories,
  exportReadinessQuestions,
  findQuestion,
} from "./questionnaire";

function messageAt(locale: "id" | "en", key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalogs[locale]);
}

/** The best answer to every question. */
const best = Object.fromEntries(
  exportReadinessQuestions.map((question) => [question.id, question.options.reduce((a, b) => (b.points > a.points ? b : a)).id]),
);

describe("the questionnaire", () => {
  it("has about fifteen questions with unique ids covering every category", () => {
    const ids = exportReadinessQuestions.map((question) => question.id);
    expect(ids.length).toBeGreaterThanOrEqual(14);
    expect(ids.length).toBeLessThanOrEqual(18);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(exportReadinessQuestions.map((question) => question.category))).toEqual(new Set(exportReadinessCategories));
  });

  it("gives every question a zero option, unique option ids and a positive maximum", () => {
    for (const question of exportReadinessQuestions) {
      const optionIds = question.options.map((option) => option.id);
      expect(new Set(optionIds).size).toBe(optionIds.length);
      expect(Math.min(...question.options.map((option) => option.points))).toBe(0);
      expect(question.maxPoints).toBeGreaterThan(0);
    }
  });

  it("has a question and option text in both languages for every key", () => {
    for (const locale of ["id", "en"] as const) {
      for (const question of exportReadinessQuestions) {
        expect(typeof messageAt(locale, question.messageKey), question.messageKey).toBe("string");
        for (const option of question.options) expect(typeof messageAt(locale, option.messageKey), option.messageKey).toBe("string");
      }
      for (const category of exportReadinessCategories) expect(typeof messageAt(locale, categoryMessageKey(category))).toBe("string");
    }
  });

  it("finds a question by id", () => {
    expect(findQuestion("hsCode")?.category).toBe("knowledge");
    expect(findQuestion("nope")).toBeUndefined();
  });
});

describe("exportReadinessAnswersSchema", () => {
  it("accepts a complete set of known answers", () => {
    expect(exportReadinessAnswersSchema.safeParse(best).success).toBe(true);
  });

  it("requires every question to be answered", () => {
    const { hsCode: _omitted, ...missing } = best;
    const result = exportReadinessAnswersSchema.safeParse(missing);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["hsCode"], message: "ExportReadiness.validation.answerRequired" }),
    ]);
  });

  it("refuses an option that belongs to a different question", () => {
    const result = exportReadinessAnswersSchema.safeParse({ ...best, hsCode: "hasNib" });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["hsCode"]]);
  });

  it("refuses unknown questions", () => {
    const result = exportReadinessAnswersSchema.safeParse({ ...best, favouriteColour: "blue" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["ExportReadiness.validation.unknownQuestion"]);
  });

  it("has a message for every validation key it uses", () => {
    for (const locale of ["id", "en"] as const) {
      expect(typeof messageAt(locale, "ExportReadiness.validation.answerRequired")).toBe("string");
      expect(typeof messageAt(locale, "ExportReadiness.validation.unknownQuestion")).toBe("string");
    }
  });
});
