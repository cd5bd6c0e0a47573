import { describe, expect, it } from "vitest";
import { anonymousCachedPath, isAnonymousTwinPath, type VisitorRequest } from "./route";

const visitor = (overrides: Partial<VisitorRequest>): VisitorRequest => ({
  method: "GET",
  pathname: "/katalog/produk/batik-tulis",
  search: "",
  hasSessionCookie: false,
  localeCookie: undefined,
  routerRequest: false,
  ...overrides,
});

describe("the cached anonymous twin of a public page", () => {
  it("serves signed-out visitors the catalog, product, supplier, sentra and event pages from the cache", () => {
    for (const pathname of ["/katalog", "/katalog/pemasok", "/katalog/produk/a", "/katalog/pemasok/b", "/katalog/sentra/c", "/acara", "/acara/d"]) {
      expect(anonymousCachedPath(visitor({ pathname }))).toBe(`/anonim/id${pathname}`);
    }
    expect(anonymousCachedPath(visitor({ localeCookie: "id", method: "HEAD" }))).toBe("/anonim/id/katalog/produk/batik-tulis");
  });

  it("keeps the page dynamic for a signed-in visitor, another language, a query string or a write", () => {
    expect(anonymousCachedPath(visitor({ hasSessionCookie: true }))).toBeNull();
    expect(anonymousCachedPath(visitor({ localeCookie: "en" }))).toBeNull();
    expect(anonymousCachedPath(visitor({ localeCookie: "xx" }))).toBeNull();
    expect(anonymousCachedPath(visitor({ search: "?q=batik" }))).toBeNull();
    expect(anonymousCachedPath(visitor({ pathname: "/katalog/pemasok", search: "?q=batik" }))).toBeNull();
    expect(anonymousCachedPath(visitor({ method: "POST" }))).toBeNull();
  });

  it("serves a signed-out catalog search from the twin named by its canonical key", () => {
    const search = (query: string, overrides: Partial<VisitorRequest> = {}) =>
      anonymousCachedPath(visitor({ pathname: "/katalog", search: query, ...overrides }));
    const batik = search("?q=batik");
    expect(batik).toBe(`/anonim/id/katalog/cari/${Buffer.from("q=batik").toString("base64url")}`);
    // The same search written another way shares the twin; an address with only unknown parameters is the catalog.
    expect(search("?utm_source=wa&q=%20batik%20&page=1")).toBe(batik);
    expect(search("?utm_source=wa")).toBe("/anonim/id/katalog");
    // Signed in, another language, the router's requests, a deep page or a long text stay dynamic.
    expect(search("?q=batik", { hasSessionCookie: true })).toBeNull();
    expect(search("?q=batik", { localeCookie: "en" })).toBeNull();
    expect(search("?q=batik", { routerRequest: true })).toBeNull();
    expect(search("?q=batik&page=6")).toBeNull();
    expect(search(`?q=${"é".repeat(40)}`)).toBeNull();
  });

  it("keeps the router's own requests (RSC payloads, prefetches) on the dynamic route", () => {
    // Sent to the twins, a browser's prefetches from a cached page could stay unanswered.
    expect(anonymousCachedPath(visitor({ routerRequest: true }))).toBeNull();
    expect(anonymousCachedPath(visitor({ pathname: "/acara", routerRequest: true }))).toBeNull();
  });

  it("keeps personal and other pages dynamic", () => {
    for (const pathname of ["/", "/masuk", "/ikm", "/katalog/produk", "/katalog/produk/a/b", "/acara/d/daftar", "/akun", "/pembeli/simpanan"]) {
      expect(anonymousCachedPath(visitor({ pathname }))).toBeNull();
    }
  });

  it("recognises requests for the twins themselves", () => {
    expect(isAnonymousTwinPath("/anonim/id/katalog")).toBe(true);
    expect(isAnonymousTwinPath("/anonim")).toBe(true);
    expect(isAnonymousTwinPath("/anonimus")).toBe(false);
  });
});
