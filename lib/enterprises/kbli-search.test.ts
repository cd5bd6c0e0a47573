import { describe, expect, it } from "vitest";
import { kbliQuerySchema, kbliSearchTerms, kbliSearchWhere } from "./kbli-search";

describe("kbliSearchTerms", () => {
  it("reads digits as a code prefix and anything else as name words", () => {
    expect(kbliSearchTerms(" 1039 ")).toEqual({ codePrefix: "1039", words: [] });
    expect(kbliSearchTerms("Tempe, KEDELAI")).toEqual({ codePrefix: null, words: ["tempe", "kedelai"] });
    expect(kbliSearchTerms("a b")).toEqual({ codePrefix: null, words: [] });
  });
});

describe("kbliSearchWhere", () => {
  it("searches only 2020 subclasses and nothing for an empty query", () => {
    expect(kbliSearchWhere("")).toBeNull();
    expect(kbliSearchWhere("10")).toEqual({ version: "2020", level: "SUBCLASS", code: { startsWith: "10" } });
    expect(kbliSearchWhere("batik")).toMatchObject({ version: "2020", level: "SUBCLASS", AND: [{ OR: expect.any(Array) }] });
  });

  it("refuses queries over 100 characters", () => {
    expect(kbliQuerySchema.safeParse({ q: "x".repeat(101) }).success).toBe(false);
    expect(kbliQuerySchema.safeParse({ q: "tempe" }).success).toBe(true);
  });
});
