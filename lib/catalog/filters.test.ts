import { describe, expect, it } from "vitest";
import { activeFilterCount, catalogHref, catalogQuery, maxValuesPerFilter, parseAmount, parseCatalogFilters, withoutFilters } from "./filters";

describe("parseCatalogFilters", () => {
  it("gives the plain catalog for an empty URL: newest first, page 1, no filters", () => {
    expect(parseCatalogFilters({})).toEqual({
      q: "", kbli: [], certificates: [], kecamatan: [], scales: [], tiers: [], sentra: [],
      minCapacity: null, priceMin: null, priceMax: null, sort: "terbaru", page: 1,
    });
  });

  it("reads repeated checkbox parameters and comma-separated lists alike, without duplicates", () => {
    const filters = parseCatalogFilters({
      q: "  batik   tulis ",
      sertifikat: ["HALAL", "PIRT,HALAL"],
      kecamatan: "33.74.03,33.74.13",
      skala: ["MIKRO"],
      kesiapan: "SIAP_EKSPOR",
      kbli: ["13", "107"],
      sentra: "kampung-batik-semarang",
      page: "3",
    });
    expect(filters).toMatchObject({
      q: "batik tulis",
      certificates: ["HALAL", "PIRT"],
      kecamatan: ["33.74.03", "33.74.13"],
      scales: ["MIKRO"],
      tiers: ["SIAP_EKSPOR"],
      kbli: ["13", "107"],
      sentra: ["kampung-batik-semarang"],
      sort: "relevan",
      page: 3,
    });
  });

  it("drops unknown and malformed values instead of failing", () => {
    const filters = parseCatalogFilters({
      sertifikat: ["HALAL", "halal", "DROP TABLE"],
      kecamatan: ["33.74.03", "33.74", "Semarang Timur"],
      skala: "RAKSASA",
      kbli: ["1", "13134", "13", "ab"],
      sentra: ["Kampung Batik", "kampung-batik"],
      urut: "acak",
      page: "-2",
    });
    expect(filters).toMatchObject({
      certificates: ["HALAL"], kecamatan: ["33.74.03"], scales: [], kbli: ["13"], sentra: ["kampung-batik"],
      sort: "terbaru", page: 1,
    });
  });

  it("keeps a chosen sort and defaults to relevance only with a search text", () => {
    expect(parseCatalogFilters({ urut: "harga-terendah" }).sort).toBe("harga-terendah");
    expect(parseCatalogFilters({ q: "kopi", urut: "terbaru" }).sort).toBe("terbaru");
    expect(parseCatalogFilters({ q: "kopi" }).sort).toBe("relevan");
    expect(parseCatalogFilters({ urut: "relevan" }).sort).toBe("relevan");
  });

  it("strips NUL bytes and lone surrogates from the search text (PostgreSQL refuses a NUL)", () => {
    expect(parseCatalogFilters({ q: "\u0000" })).toMatchObject({ q: "", sort: "terbaru" });
    expect(parseCatalogFilters({ q: ["ba\u0000tik\uD800", "lain"] }).q).toBe("batik");
  });

  it("cuts long search text and long lists", () => {
    const filters = parseCatalogFilters({ q: "x".repeat(500), sentra: Array.from({ length: 50 }, (_, i) => `sentra-${i}`) });
    expect(filters.q).toHaveLength(100);
    expect(filters.sentra).toHaveLength(maxValuesPerFilter);
  });

  it("reads amounts typed with dots or commas, and swaps a reversed price range", () => {
    expect(parseAmount("1.500.000")).toBe(1_500_000);
    expect(parseAmount("1,500,000")).toBe(1_500_000);
    expect(parseAmount("abc")).toBeNull();
    expect(parseAmount("-5")).toBeNull();
    expect(parseAmount("")).toBeNull();
    expect(parseAmount("99999999999999")).toBeNull();
    const filters = parseCatalogFilters({ harga_min: "500000", harga_maks: "100000", kapasitas: "250" });
    expect(filters).toMatchObject({ priceMin: 100_000, priceMax: 500_000, minCapacity: 250 });
  });
});

describe("catalog URLs", () => {
  it("writes the filters back so that parsing the link gives the same filters", () => {
    const filters = parseCatalogFilters({
      q: "bandeng presto", sertifikat: ["HALAL", "PIRT"], kecamatan: "33.74.13", kapasitas: "100", urut: "harga-terendah", page: "2",
    });
    const href = catalogHref(filters);
    expect(href).toBe("/katalog?q=bandeng+presto&sertifikat=HALAL%2CPIRT&kecamatan=33.74.13&kapasitas=100&urut=harga-terendah&page=2");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseCatalogFilters(params)).toEqual(filters);
  });

  it("leaves defaults and the page out of the query that pagination keeps", () => {
    expect(catalogQuery(parseCatalogFilters({ q: "kopi", page: "4" }))).toEqual(
      expect.objectContaining({ q: "kopi", urut: undefined, page: undefined }),
    );
    expect(catalogHref(parseCatalogFilters({}))).toBe("/katalog");
  });

  it("counts active filters and clears them while keeping the search text", () => {
    const filters = parseCatalogFilters({ q: "kopi", sertifikat: "HALAL,PIRT", harga_min: "1000" });
    expect(activeFilterCount(filters)).toBe(3);
    const cleared = withoutFilters(filters);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(catalogHref(cleared)).toBe("/katalog?q=kopi");
  });
});
