import { describe, expect, it } from "vitest";
import { correctQuery, editDistance, similarity, trigrams, vocabularyOf, wordsOf } from "./search-typos";

const vocabulary = vocabularyOf(
  (["batik", "tulis", "cap", "bandeng", "presto", "kopi", "bubuk", "robusta", "keripik", "tempe", "tahu", "putih"] as const).map((word) => [word, 10] as const),
);

describe("typo correction", () => {
  it("splits a search into lower-case words", () => {
    expect(wordsOf("Batik-Tulis  Semarang, 2026!")).toEqual(["batik", "tulis", "semarang", "2026"]);
  });

  it("measures similarity with pg_trgm's trigrams", () => {
    expect([...trigrams("cap")].sort()).toEqual(["  c", " ca", "ap ", "cap"]);
    expect(similarity(trigrams("batik"), trigrams("batik"))).toBe(1);
    expect(similarity(trigrams("batk"), trigrams("batik"))).toBeCloseTo(0.375, 3);
  });

  it("counts edits, a swap of neighbours as one", () => {
    expect(editDistance("batk", "batik")).toBe(1);
    expect(editDistance("btaik", "batik")).toBe(1);
    expect(editDistance("kopi", "kopi")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("prefers the word more products use when two are as close", () => {
    const words = vocabularyOf([["bata", 40], ["batik", 900]]);
    expect(correctQuery("batk", words)).toBe("batik");
    expect(correctQuery("batk", vocabularyOf([["bata", 900], ["batik", 40]]))).toBe("bata");
  });

  it("replaces unknown words by the closest known word, and leaves known, short and numeric words", () => {
    expect(correctQuery("batk tulis", vocabulary)).toBe("batik tulis");
    expect(correctQuery("bandeng prsto", vocabulary)).toBe("bandeng presto");
    expect(correctQuery("keripk tempe", vocabulary)).toBe("keripik tempe");
    expect(correctQuery("Batik tulis", vocabulary)).toBeNull();
    expect(correctQuery("kopi 250", vocabulary)).toBeNull();
    expect(correctQuery("zzzz-tidak-ada", vocabulary)).toBeNull();
    // Too many edits away to be a slip: left for the close-spelling match of names.
    expect(correctQuery("batiktulis", vocabulary)).toBeNull();
  });
});
