import { describe, expect, it } from "vitest";
import { anonymousCachedPath } from "./route";
import { maxCachedSearches, SearchAdmission } from "./search-admission";

describe("the number of distinct searches one process caches", () => {
  it("admits new keys up to its limit, and the admitted ones for ever after", () => {
    const admission = new SearchAdmission(2);
    expect([admission.admit("q=a"), admission.admit("q=b"), admission.admit("q=a")]).toEqual([true, true, true]);
    expect(admission.admit("q=c")).toBe(false);
    expect(admission.admit("q=b")).toBe(true);
    expect(new SearchAdmission().limit).toBe(maxCachedSearches);
  });

  it("sends a search past the limit to the dynamic page; the plain catalog keeps its twin", () => {
    const admission = new SearchAdmission(1);
    const visit = (search: string) =>
      anonymousCachedPath({ method: "GET", pathname: "/katalog", search, hasSessionCookie: false, localeCookie: undefined,
        routerRequest: false, admitSearch: (key) => admission.admit(key) });
    expect(visit("?q=batik")).toMatch(/^\/anonim\/id\/katalog\/cari\//);
    expect(visit("?q=kopi")).toBeNull();
    expect(visit("?q=%20batik&utm_source=wa")).toBe(visit("?q=batik"));
    expect(visit("?utm_source=wa")).toBe("/anonim/id/katalog");
  });
});
