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
    expect(anonymousCachedPath(visitor({ pathname: "/katalog", search: "?q=batik" }))).toBeNull();
    expect(anonymousCachedPath(visitor({ method: "POST" }))).toBeNull();
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
