import { describe, expect, it } from "vitest";
import { canonicalCatalogSearch, decodeSearchKey, encodeSearchKey, maxCachedSearchLength, maxCachedSearchPage } from "./search-key";

const canonical = (query: string) => canonicalCatalogSearch(new URLSearchParams(query));

describe("the canonical key of a catalog search", () => {
  it("writes the same search the same way: normalised text, sorted lists, fixed order, defaults left out", () => {
    expect(canonical("q=batik")).toBe("q=batik");
    expect(canonical("q=%20%20batik%20%20tulis%20&urut=relevan&page=1")).toBe("q=batik+tulis");
    expect(canonical("sertifikat=PIRT&sertifikat=HALAL&q=keripik")).toBe(canonical("q=keripik&sertifikat=HALAL,PIRT"));
    expect(canonical("sertifikat=PIRT,HALAL&q=keripik")).toBe("q=keripik&sertifikat=HALAL%2CPIRT");
    expect(canonical("page=2&urut=harga-terendah&q=kopi")).toBe("q=kopi&urut=harga-terendah&page=2");
  });

  it("drops unknown parameters and malformed values", () => {
    expect(canonical("utm_source=wa&fbclid=x")).toBe("");
    expect(canonical("q=batik&sertifikat=NOPE&kecamatan=33.74&page=abc&urut=acak&x=1")).toBe("q=batik");
    expect(canonical("q=ba%00tik")).toBe("q=batik");
  });

  it("admits only short searches of the first pages", () => {
    expect(canonical(`q=kopi&page=${maxCachedSearchPage}`)).not.toBeNull();
    expect(canonical(`q=kopi&page=${maxCachedSearchPage + 1}`)).toBeNull();
    const longest = "a".repeat(100); // the page cuts the text at 100 characters
    expect(canonical(`q=${longest}aaaa`)).toBe(`q=${longest}`);
    const filters = "&kbli=10,11,12,13,14,15"; // written back as &kbli=10%2C11%2C...: 33 characters
    expect(`q=${longest}`.length + 33).toBeGreaterThan(maxCachedSearchLength);
    expect(canonical(`q=${longest}${filters}`)).toBeNull();
    expect(canonical(`q=${"a".repeat(maxCachedSearchLength - 2 - 33)}${filters}`)).toHaveLength(maxCachedSearchLength);
    expect(canonical(`q=${"%C3%A9".repeat(40)}`)).toBeNull();
  });

  it("round-trips through the twin's path segment and refuses any other spelling", () => {
    for (const query of ["q=batik", "q=kopi+bubuk&urut=terbaru&page=3", "sertifikat=BPOM_MD%2CHALAL&harga_min=1000"]) {
      const key = encodeSearchKey(query);
      expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(new URLSearchParams(decodeSearchKey(key) as Record<string, string>).toString()).toBe(query);
    }
    expect(decodeSearchKey(encodeSearchKey("q=batik&x=1"))).toBeNull(); // not canonical
    expect(decodeSearchKey(encodeSearchKey("q=batik&page=9"))).toBeNull(); // not admitted
    expect(decodeSearchKey(encodeSearchKey(""))).toBeNull();
    expect(decodeSearchKey("not/a key")).toBeNull();
    expect(decodeSearchKey(`${encodeSearchKey("q=batik")}=`)).toBeNull();
  });
});
