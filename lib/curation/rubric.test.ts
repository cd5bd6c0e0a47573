import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import {
  criterionMessageKeys,
  curationCriteria,
  type CurationScores,
  curationScoresSchema,
  gradeCuration,
  gradeForTotal,
  type MessageRef,
} from "./rubric";

function render(ref: MessageRef | string, locale: "id" | "en" = "id"): string {
  const { key, values } = typeof ref === "string" ? { key: ref, values: {} } : ref;
  const errors: string[] = [];
  const translator = createTranslator({ locale, messages: catalogs[locale], onError: (error) => errors.push(error.message) });
  // Keys here are computed at run time; the typed translator only takes literal keys.
  const t = translator as unknown as (key: string, values: MessageRef["values"]) => string;
  const text = t(key, values);
  expect(errors).toEqual([]);
  return text;
}

const scores = (legality: number, qualityCapacity: number, marketReach: number, competitiveAdvantage: number): CurationScores => ({
  legality,
  qualityCapacity,
  marketReach,
  competitiveAdvantage,
});

describe("gradeForTotal", () => {
  it.each([
    [12, "A"],
    [10, "A"],
    [9, "B"],
    [7, "B"],
    [6, "C"],
    [0, "C"],
  ] as const)("%i is grade %s", (total, grade) => {
    expect(gradeForTotal(total)).toBe(grade);
  });
});

describe("gradeCuration", () => {
  it("grades a strong profile A and publishes it", () => {
    const result = gradeCuration(scores(3, 3, 2, 2));
    expect(result).toMatchObject({ total: 10, grade: "A", publishable: true });
    expect(result.reasons[0]).toEqual({ key: "Curation.reasons.gradeA", values: { total: 10, max: 12 } });
  });

  it("grades the band edges", () => {
    expect(gradeCuration(scores(3, 3, 3, 1)).grade).toBe("A");
    expect(gradeCuration(scores(3, 2, 2, 2)).grade).toBe("B");
    expect(gradeCuration(scores(2, 2, 2, 1)).grade).toBe("B");
    expect(gradeCuration(scores(2, 2, 1, 1)).grade).toBe("C");
  });

  it("blocks publication when legality scores 0, whatever the total", () => {
    const result = gradeCuration(scores(0, 3, 3, 3));
    expect(result).toMatchObject({ total: 9, grade: "B", publishable: false });
    expect(result.reasons.map((reason) => reason.key)).toContain("Curation.reasons.legalityBlocks");
    expect(result.reasons.map((reason) => reason.key)).not.toContain("Curation.reasons.weak.legality");
  });

  it("publishes a low grade when legality is at least 1", () => {
    expect(gradeCuration(scores(1, 0, 0, 0))).toMatchObject({ total: 1, grade: "C", publishable: true });
  });

  it("names weak and strong criteria", () => {
    const keys = gradeCuration(scores(1, 3, 0, 2)).reasons.map((reason) => reason.key);
    expect(keys).toEqual([
      "Curation.reasons.gradeC",
      "Curation.reasons.weak.legality",
      "Curation.reasons.strong.qualityCapacity",
      "Curation.reasons.weak.marketReach",
    ]);
  });

  it("renders every reason in both languages", () => {
    for (const input of [scores(0, 0, 0, 0), scores(3, 3, 3, 3), scores(1, 1, 1, 1), scores(2, 2, 2, 2)]) {
      for (const reason of gradeCuration(input).reasons) {
        expect(render(reason, "id")).not.toContain("{");
        expect(render(reason, "en")).not.toContain("{");
      }
    }
    expect(render(gradeCuration(scores(0, 3, 3, 3)).reasons[1]!)).toBe(
      "Profil belum dapat diterbitkan: legalitas usaha (NIB) belum dapat diverifikasi.",
    );
  });

  it("has a name and four level descriptions for every criterion", () => {
    for (const criterion of curationCriteria) {
      const keys = criterionMessageKeys(criterion);
      expect(keys.levels).toHaveLength(4);
      for (const key of [keys.label, ...keys.levels]) {
        expect(render(key, "id")).not.toBe(key);
        expect(render(key, "en")).not.toBe(key);
      }
    }
  });
});

describe("curationScoresSchema", () => {
  it("accepts numbers 0–3 and the same as form text", () => {
    expect(curationScoresSchema.parse({ legality: 3, qualityCapacity: "2", marketReach: " 0 ", competitiveAdvantage: 1 })).toEqual(
      scores(3, 2, 0, 1),
    );
  });

  it("refuses missing, blank, out-of-range and fractional scores with message keys", () => {
    const result = curationScoresSchema.safeParse({ legality: 4, qualityCapacity: "", marketReach: 1.5 });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
    expect(byField).toEqual({
      legality: "Curation.validation.scoreRange",
      qualityCapacity: "Curation.validation.scoreRequired",
      marketReach: "Curation.validation.scoreRequired",
      competitiveAdvantage: "Curation.validation.scoreRequired",
    });
    for (const message of Object.values(byField)) expect(render(message)).not.toBe(message);
  });

  it("refuses unknown criteria", () => {
    expect(curationScoresSchema.safeParse({ ...scores(1, 1, 1, 1), charm: 3 }).success).toBe(false);
  });
});
