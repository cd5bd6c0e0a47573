import { describe, expect, it } from "vitest";
import { parseCatalogFilters } from "./filters";
import { catalogSearchSql } from "./search-sql";

describe("catalogSearchSql", () => {
  it("sends the search text and every filter value as bind parameters, never as SQL text", () => {
    const hostile = "batik'); DROP TABLE \"Product\"; --";
    const sql = catalogSearchSql(parseCatalogFilters({ q: hostile, sertifikat: "HALAL", kecamatan: "33.74.03", kapasitas: "50" }), 12);
    expect(sql.text).not.toContain("DROP TABLE");
    expect(sql.values).toContain(hostile);
    expect(sql.values).toContainEqual(["HALAL"]);
    expect(sql.values).toContainEqual(["33.74.03"]);
    expect(sql.values).toContain(50);
  });

  it("flags only the active filters, and matches by full text unless asked for close spellings of names", () => {
    const browse = catalogSearchSql(parseCatalogFilters({}), 12);
    expect(browse.text).not.toContain("ts_rank");
    expect(browse.text).not.toContain("f_kecamatan");
    const filtered = catalogSearchSql(parseCatalogFilters({ q: "kopi", kecamatan: "33.74.03" }), 12);
    expect(filtered.text).toContain("websearch_to_tsquery('indonesian'");
    expect(filtered.text).not.toContain("word_similarity");
    expect(filtered.text).toContain("AS f_kecamatan");
    expect(filtered.text).not.toContain("f_scale");
    const names = catalogSearchSql(parseCatalogFilters({ q: "kopi" }), 12, true, "names");
    expect(names.text).toContain(`<% p."searchName"`);
    expect(names.text).not.toContain("websearch_to_tsquery");
  });

  it("pages with LIMIT and OFFSET and sorts from a fixed list", () => {
    const sql = catalogSearchSql(parseCatalogFilters({ q: "kopi", urut: "harga-tertinggi", page: "3" }), 12);
    expect(sql.text).toContain(`"priceMaxRupiah" DESC NULLS LAST`);
    expect(sql.values).toEqual(expect.arrayContaining([12, 24]));
  });

  it("skips the counts when they come from the cache, letting the planner use indexes", () => {
    const sql = catalogSearchSql(parseCatalogFilters({}), 12, false);
    expect(sql.text).toContain("NOT MATERIALIZED");
    expect(sql.text).not.toContain("json_build_array(facet");
  });
});
