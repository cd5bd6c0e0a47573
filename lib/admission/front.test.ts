// The front cache on a real HTTP server (node:http, wrapped as Next's server is), with a handler
// that answers as Next answers a cached twin: proxy.ts's marker, x-nextjs-cache, a shared
// lifetime, and a gzip-encoded body when the client accepts it (as Next's compression does).
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { FrontCache } from "@/lib/public-cache/front-cache";
import { twinMarkerHeader } from "@/lib/public-cache/front-key";
import { createAdmission } from "./admission";
import { createFrontLayer } from "./front";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

interface Answer {
  status?: number;
  cache?: string;
  cacheControl?: string;
  setCookie?: boolean;
  marker?: string | null;
}

async function serve(answer: (request: IncomingMessage) => Answer = () => ({})) {
  const front = new FrontCache({ maxBytes: 1_000_000, maxEntries: 10, maxAgeMs: 10_000 });
  let renders = 0;
  const next = (request: IncomingMessage, response: ServerResponse) => {
    renders += 1;
    if (request.method === "POST") {
      front.clear();
      setTimeout(() => response.end("ok"), 300);
      return;
    }
    const { status = 200, cache = "HIT", cacheControl = "s-maxage=60, stale-while-revalidate=31535940", setCookie = false, marker } = answer(request);
    const path = request.url ?? "/";
    if (marker !== null) response.setHeader(twinMarkerHeader, marker ?? `/anonim/id${path}`);
    response.setHeader("Content-Security-Policy", "script-src 'self' 'unsafe-inline'");
    response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    response.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch");
    response.setHeader("x-nextjs-cache", cache);
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    if (setCookie) response.setHeader("Set-Cookie", "a=1");
    response.statusCode = status;
    const html = `<p>halaman ${path} #${renders}</p>`;
    if (/gzip/.test(String(request.headers["accept-encoding"]))) {
      response.setHeader("Content-Encoding", "gzip");
      response.appendHeader("Vary", "Accept-Encoding");
      response.write(zlib.gzipSync(html));
      response.end();
    } else response.end(html);
  };
  const admission = createAdmission({
    maxConcurrent: 2, queueSize: 2, queueTimeoutMs: 300, failureWindowMs: 10_000, probeIntervalMs: 50, probe: async () => undefined,
    front: createFrontLayer(front),
  });
  const server = http.createServer((request, response) => admission.handle(request, response, () => next(request, response)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { front, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, renders: () => renders };
}

async function get(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

const product = "/katalog/produk/batik";

describe("the front cache in front of Next", () => {
  it("answers a signed-out page view from memory with Next's status, headers and body", async () => {
    const { base, renders } = await serve();
    const fromNext = await get(`${base}${product}`, { headers: { "accept-encoding": "identity" } });
    expect(fromNext.headers[twinMarkerHeader]).toBeUndefined(); // stripped
    expect(fromNext.headers["x-front-cache"]).toBeUndefined();
    const fromFront = await get(`${base}${product}`, { headers: { "accept-encoding": "identity" } });
    expect(renders()).toBe(1);
    expect(fromFront.status).toBe(200);
    expect(fromFront.body).toBe(fromNext.body);
    expect(fromFront.headers["x-front-cache"]).toBe("HIT");
    const { date: _a, "x-front-cache": _b, vary: varyFront, ...front } = fromFront.headers;
    const { date: _c, vary: varyNext, ...next } = fromNext.headers;
    expect(front).toEqual(next);
    expect(varyFront).toBe(`${varyNext}, Accept-Encoding`);

    // gzip for a client that takes it (fetch decodes it), identity for HEAD's length, no body.
    const gzip = await fetch(`${base}${product}`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toBe(fromNext.body);
    const head = await fetch(`${base}${product}`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(fromNext.body)));
    expect(head.headers.get("x-front-cache")).toBe("HIT");
    expect(await head.text()).toBe("");
    expect(renders()).toBe(1);
  });

  it("learns a page from a gzip-encoded answer and keeps it decoded", async () => {
    const { base, renders } = await serve();
    const first = await get(`${base}${product}`, { headers: { "accept-encoding": "gzip" } });
    const second = await get(`${base}${product}`, { headers: { "accept-encoding": "identity" } });
    expect(second.headers["x-front-cache"]).toBe("HIT");
    expect(second.body).toBe(first.body);
    expect(renders()).toBe(1);
  });

  it("leaves signed-in visitors, English, the router's requests and other pages to Next", async () => {
    const { base, renders } = await serve();
    await get(`${base}${product}`);
    const others: [string, RequestInit][] = [
      [product, { headers: { cookie: "next-auth.session-token=abc" } }],
      [product, { headers: { cookie: "NEXT_LOCALE=en" } }],
      [product, { headers: { rsc: "1", "sec-fetch-dest": "empty" } }],
      [`${product}?_rsc=abc`, {}],
      ["/", {}],
    ];
    for (const [path, init] of others) expect((await get(`${base}${path}`, init)).headers["x-front-cache"], path).toBeUndefined();
    expect(renders()).toBe(1 + others.length);
  });

  it("keeps only a 200 that Next served from its cache as the marked twin, with a shared lifetime and no cookie", async () => {
    for (const answer of [
      { status: 404 },
      { cache: "MISS" },
      { cache: "STALE" },
      { setCookie: true },
      { cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" },
      { marker: null },
      { marker: "/anonim/id/katalog/produk/lain" },
    ] satisfies Answer[]) {
      const { base, front } = await serve(() => answer);
      await get(`${base}${product}`);
      expect((await get(`${base}${product}`)).headers["x-front-cache"], JSON.stringify(answer)).toBeUndefined();
      expect(front.size.entries).toBe(0);
    }
  });

  it("does not keep a page Next served while a clear was pending, and echoes the clear when the request ends", async () => {
    let clearDuring: (() => void) | null = null;
    const { base, front } = await serve(() => {
      clearDuring?.();
      return {};
    });
    clearDuring = () => front.clear();
    await get(`${base}${product}`); // the page is being answered when the cache is emptied
    clearDuring = null;
    expect(front.size.entries).toBe(0);
    const generation = front.generation;
    await get(`${base}${product}`);
    expect(front.size.entries).toBe(1);
    expect(front.generation).toBe(generation);
  });

  it("empties itself again when the action that asked for it ends (Next expires the tag only then)", async () => {
    const { base, front, renders } = await serve();
    // The action (a POST) empties the cache at once, and Next's answer to it ends 300 ms later.
    const action = fetch(`${base}/aksi`, { method: "POST" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Meanwhile a visitor gets the page Next still had: kept for now...
    await get(`${base}${product}`);
    expect(front.size.entries).toBe(1);
    // ...and dropped when the action's answer ends.
    expect((await action).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(front.size.entries).toBe(0);
    await get(`${base}${product}`);
    expect(renders()).toBe(3);
  });
});
