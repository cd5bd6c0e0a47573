// HTML pages rewritten on their way out, on a real HTTP server behind the admission control,
// with a handler that writes as Next does: several chunks, gzip-encoded when the client takes it.
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

const parts = ["<!DOCTYPE html><html><head><title>x</title></head><body>", "<p>halaman</p>".repeat(200), "</body></html>"];
const page = parts.join("");
const rewrite = (html: string) => html.replace("<head>", "<head><style>p{margin:0}</style>");

function next(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://x");
  response.statusCode = Number(url.searchParams.get("status") ?? 200);
  response.setHeader("Content-Type", url.pathname === "/data" ? "application/json" : "text/html; charset=utf-8");
  if (url.pathname.startsWith("/katalog")) {
    response.setHeader(twinMarkerHeader, `/anonim/id${url.pathname}`);
    response.setHeader("x-nextjs-cache", "HIT");
    response.setHeader("Cache-Control", "s-maxage=60");
  }
  if (url.searchParams.has("flushed")) {
    // As Next sends a page from its cache: its length set, the headers flushed, then the body.
    response.setHeader("Content-Length", Buffer.byteLength(page));
    response.flushHeaders();
    for (const part of parts) response.write(part);
    response.end();
    return;
  }
  if (url.searchParams.has("head")) {
    response.writeHead(200, { "Content-Length": String(Buffer.byteLength(page)), "X-Extra": "1" });
    response.end(page);
    return;
  }
  if (url.searchParams.has("length")) {
    response.setHeader("Content-Length", Buffer.byteLength(page));
    response.end(page);
    return;
  }
  if (/gzip/.test(String(request.headers["accept-encoding"]))) {
    response.setHeader("Content-Encoding", "gzip");
    const gzip = zlib.createGzip();
    gzip.on("data", (chunk: Buffer) => response.write(chunk));
    gzip.on("end", () => response.end());
    for (const part of parts) gzip.write(part);
    gzip.end();
    return;
  }
  for (const part of parts) response.write(part);
  response.end();
}

async function serve() {
  const admission = createAdmission({
    maxConcurrent: 2, queueSize: 2, queueTimeoutMs: 300, failureWindowMs: 10_000, probeIntervalMs: 50, probe: async () => undefined,
    front: createFrontLayer(new FrontCache({ maxBytes: 1_000_000, maxEntries: 10, maxAgeMs: 10_000 })),
    rewriteHtml: rewrite,
  });
  const server = http.createServer((request, response) => admission.handle(request, response, () => next(request, response)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

describe("rewriting the HTML pages Next sends", () => {
  it("rewrites a page sent in gzip-encoded chunks and encodes it again", async () => {
    const base = await serve();
    const raw = await fetch(`${base}/masuk`, { headers: { "accept-encoding": "gzip" } });
    expect(raw.headers.get("content-encoding")).toBe("gzip");
    expect(await raw.text()).toBe(rewrite(page)); // fetch decodes it: valid gzip of the new page
  });

  it("rewrites an unencoded page, and one with a Content-Length given before the body", async () => {
    const base = await serve();
    expect((await get(`${base}/masuk`, { headers: { "accept-encoding": "identity" } })).body).toBe(rewrite(page));
    const sized = await fetch(`${base}/masuk?length=1`, { headers: { "accept-encoding": "identity" } });
    expect(sized.headers.get("content-length")).toBe(String(Buffer.byteLength(rewrite(page))));
    expect(await sized.text()).toBe(rewrite(page));
  });

  it("rewrites a page whose headers, with its old length, were flushed or given to writeHead, and sends its new length", async () => {
    const base = await serve();
    const flushed = await fetch(`${base}/masuk?flushed=1`, { headers: { "accept-encoding": "identity" } });
    expect(flushed.headers.get("content-length")).toBe(String(Buffer.byteLength(rewrite(page))));
    expect(await flushed.text()).toBe(rewrite(page));
    const written = await fetch(`${base}/masuk?head=1`, { headers: { "accept-encoding": "identity" } });
    expect(written.headers.get("x-extra")).toBe("1");
    expect(written.headers.get("content-length")).toBe(String(Buffer.byteLength(rewrite(page))));
    expect(await written.text()).toBe(rewrite(page));
  });

  it("passes everything else as it comes: other types, other statuses, HEAD", async () => {
    const base = await serve();
    expect((await get(`${base}/data`)).body).toBe(page);
    const missing = await get(`${base}/masuk?status=404`);
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(page);
    const head = await fetch(`${base}/masuk`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("keeps the rewritten page in the front cache and serves it so", async () => {
    const base = await serve();
    const first = await get(`${base}/katalog`, { headers: { "accept-encoding": "gzip" } });
    const second = await get(`${base}/katalog`, { headers: { "accept-encoding": "gzip" } });
    expect(first.body).toBe(rewrite(page));
    expect(second.headers["x-front-cache"]).toBe("HIT");
    expect(second.body).toBe(rewrite(page));
  });
});
