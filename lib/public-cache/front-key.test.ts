import { describe, expect, it } from "vitest";
import { acceptsGzip, frontCacheKey, type RawRequest } from "./front-key";

const raw = (url: string, headers: RawRequest["headers"] = {}, method = "GET"): RawRequest => ({ method, url, headers });

describe("which raw requests the front cache may answer", () => {
  it("keys a signed-out visitor's page view by the cached twin proxy.ts would give it", () => {
    expect(frontCacheKey(raw("/katalog/produk/batik-tulis"))).toBe("/anonim/id/katalog/produk/batik-tulis");
    expect(frontCacheKey(raw("/acara/pameran", {}, "HEAD"))).toBe("/anonim/id/acara/pameran");
    expect(frontCacheKey(raw("/katalog/produk/a", { cookie: "NEXT_LOCALE=id; other=1", "accept-encoding": "gzip" }))).toBe("/anonim/id/katalog/produk/a");
    expect(frontCacheKey(raw("/katalog/produk/a", { "sec-fetch-dest": "document" }))).toBe("/anonim/id/katalog/produk/a");
    // Searches share their canonical twin, as in proxy.ts.
    const search = frontCacheKey(raw("/katalog?q=batik"));
    expect(search).toMatch(/^\/anonim\/id\/katalog\/cari\//);
    expect(frontCacheKey(raw("/katalog?utm_source=wa&q=%20batik"))).toBe(search);
    expect(frontCacheKey(raw("/katalog?"))).toBe("/anonim/id/katalog");
  });

  it("leaves signed-in visitors, other languages and writes to Next", () => {
    expect(frontCacheKey(raw("/katalog/produk/a", { cookie: "next-auth.session-token=abc" }))).toBeNull();
    expect(frontCacheKey(raw("/katalog/produk/a", { cookie: "a=1; __Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(frontCacheKey(raw("/katalog/produk/a", { cookie: "NEXT_LOCALE=en" }))).toBeNull();
    expect(frontCacheKey(raw("/katalog/produk/a", { cookie: "NEXT_LOCALE=" }))).toBeNull();
    expect(frontCacheKey(raw("/katalog/produk/a", { cookie: "NEXT_LOCALE=id; NEXT_LOCALE=en" }))).toBeNull();
    expect(frontCacheKey(raw("/katalog/produk/a", {}, "POST"))).toBeNull();
    expect(frontCacheKey(raw("/katalog/produk/a", {}, "OPTIONS"))).toBeNull();
  });

  it("leaves the client router's payloads and prefetches to Next, which the proxy cannot see", () => {
    for (const headers of [
      { rsc: "1" },
      { "next-router-prefetch": "1" },
      { "next-router-state-tree": "%5B%5D" },
      { "next-router-segment-prefetch": "/_tree" },
      { "next-url": "/katalog" },
      { purpose: "prefetch" },
      { "sec-purpose": "prefetch;prerender" },
      { "sec-fetch-dest": "empty" },
      { range: "bytes=0-10" },
    ]) {
      expect(frontCacheKey(raw("/katalog/produk/a", headers)), JSON.stringify(headers)).toBeNull();
    }
    expect(frontCacheKey(raw("/katalog?_rsc=abc12"))).toBeNull();
    expect(frontCacheKey(raw("/katalog?q=batik&_rsc=abc12"))).toBeNull();
    expect(frontCacheKey(raw("/katalog?q=batik&__nextDataReq=1"))).toBeNull();
  });

  it("leaves what proxy.ts redirects or refuses, and every other page, to Next", () => {
    expect(frontCacheKey(raw("/katalog?q=%00batik"))).toBeNull(); // redirected without the NUL
    expect(frontCacheKey(raw("/katalog/produk/%C0%AF"))).toBeNull(); // not UTF-8: not found
    expect(frontCacheKey(raw("/anonim/id/katalog/produk/a"))).toBeNull();
    expect(frontCacheKey(raw("/katalog/produk/a?ref=wa"))).toBeNull();
    expect(frontCacheKey(raw("/katalog/produk/a/"))).toBeNull();
    expect(frontCacheKey(raw("/"))).toBeNull();
    expect(frontCacheKey(raw("/ikm"))).toBeNull();
    expect(frontCacheKey(raw("http://example.test/katalog/produk/a"))).toBeNull();
    expect(frontCacheKey({ method: "GET", headers: {} })).toBeNull();
  });
});

describe("Accept-Encoding", () => {
  it("takes gzip when named or allowed by *, not with q=0", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("")).toBe(false);
  });
});
