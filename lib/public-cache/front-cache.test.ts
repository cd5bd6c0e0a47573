import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { FrontCache, type FrontCacheOptions } from "./front-cache";
import { clearFrontCache, registerFrontCache, registeredFrontCache } from "./front-registry";

const page = (bytes: number, headers: Record<string, string> = {}) => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8", ...headers },
  body: Buffer.alloc(bytes, "a"),
});

function cache(options: Partial<FrontCacheOptions> = {}) {
  let now = 1_000;
  const front = new FrontCache({ maxBytes: 100_000, maxEntries: 3, maxAgeMs: 10_000, now: () => now, ...options });
  return { front, advance: (ms: number) => (now += ms) };
}

describe("the front cache", () => {
  afterEach(() => registerFrontCache({ clear: () => undefined }));

  it("gives back the response with its length and marker, and gzip encodes it once", () => {
    const { front } = cache();
    expect(front.set("/a", page(2_000, { "x-nextjs-cache": "HIT" }), front.generation, 60_000)).toBe(true);
    const entry = front.get("/a")!;
    expect(entry.status).toBe(200);
    expect(entry.identityHeaders).toMatchObject({ "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT", "content-length": "2000", "x-front-cache": "HIT" });
    const gzip = front.gzip("/a", entry);
    expect(zlib.gunzipSync(gzip.body).equals(entry.identity)).toBe(true);
    expect(gzip.headers).toMatchObject({ "content-encoding": "gzip", "content-length": String(gzip.body.length) });
    expect(front.gzip("/a", entry)).toBe(gzip);
    expect(front.size.bytes).toBeGreaterThan(2_000 + gzip.body.length);
  });

  it("lives no longer than its own lifetime nor the cache's longest", () => {
    const { front, advance } = cache();
    front.set("/short", page(10), front.generation, 3_000);
    front.set("/long", page(10), front.generation, 60_000);
    advance(2_999);
    expect(front.get("/short")).toBeDefined();
    advance(1);
    expect(front.get("/short")).toBeUndefined();
    expect(front.get("/long")).toBeDefined();
    advance(7_000);
    expect(front.get("/long")).toBeUndefined();
    expect(front.size).toEqual({ entries: 0, bytes: 0 });
    expect(front.set("/none", page(10), front.generation, 0)).toBe(false);
  });

  it("holds at most its number of entries, the least recently used going first", () => {
    const { front } = cache({ maxEntries: 3 });
    for (const key of ["/1", "/2", "/3"]) front.set(key, page(100), front.generation, 60_000);
    front.get("/1");
    front.set("/4", page(100), front.generation, 60_000);
    expect(front.size.entries).toBe(3);
    expect(front.get("/2")).toBeUndefined();
    for (const key of ["/1", "/3", "/4"]) expect(front.get(key), key).toBeDefined();
  });

  it("holds at most its bytes, gzip included, and refuses a page larger than an eighth of them", () => {
    const { front } = cache({ maxBytes: 80_000, maxEntries: 1_000 });
    expect(front.set("/huge", page(10_001), front.generation, 60_000)).toBe(false);
    for (let index = 0; index < 40; index += 1) front.set(`/p${index}`, page(9_000), front.generation, 60_000);
    expect(front.size.bytes).toBeLessThanOrEqual(80_000);
    expect(front.size.entries).toBeLessThan(10);
    expect(front.get("/p39")).toBeDefined();
    expect(front.get("/p0")).toBeUndefined();
    const last = front.get("/p39")!;
    front.gzip("/p39", last);
    expect(front.size.bytes).toBeLessThanOrEqual(80_000);
    expect(front.get("/p39")).toBeDefined();
  });

  it("is emptied at once, and drops a response captured across the clearing", () => {
    const { front } = cache();
    const before = front.generation;
    front.set("/a", page(10), before, 60_000);
    front.clear();
    expect(front.get("/a")).toBeUndefined();
    expect(front.size).toEqual({ entries: 0, bytes: 0 });
    expect(front.set("/b", page(10), before, 60_000)).toBe(false);
    expect(front.clearsRequested).toBe(1);
    front.echoClear();
    expect(front.clearsRequested).toBe(1);
    expect(front.set("/b", page(10), front.generation, 60_000)).toBe(true);
  });

  it("is emptied through the registry that revalidatePublicPages uses, across bundles", () => {
    const { front } = cache();
    registerFrontCache(front);
    expect(registeredFrontCache()).toBe(front);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("temu.publicCache.front")]).toBe(front);
    front.set("/a", page(10), front.generation, 60_000);
    clearFrontCache();
    expect(front.get("/a")).toBeUndefined();
  });
});
