import { describe, expect, it } from "vitest";
import { benchQueries, benchQueryCount, typoOf } from "./catalog-queries";

describe("catalog benchmark queries", () => {
  it("are the same 200 queries every time: names, English names and typos", () => {
    const queries = benchQueries();
    expect(queries).toHaveLength(benchQueryCount);
    expect(benchQueries()).toEqual(queries);
    expect(queries).toContain("batik tulis");
    expect(queries).toContain("hand-drawn batik");
    expect(queries).toContain("batk tulis");
    // A third are typos: not the name of any template.
    expect(queries.filter((_, i) => i % 3 === 2).every((q) => !queries.filter((_, j) => j % 3 === 0).includes(q))).toBe(true);
  });

  it("drops one letter from the longest word", () => {
    expect(typoOf("Batik Tulis")).toBe("batk tulis");
    expect(typoOf("Bandeng Presto")).toBe("bandeg presto");
    expect(typoOf("Tas")).toBe("tas");
  });
});
