// The front cache on the HTTP server (lib/public-cache/front-cache.ts): answers a signed-out
// visitor's request for a cached twin (lib/public-cache/front-key.ts) from memory, with exactly
// the status, headers and body Next gave for it last time, before Next's router, proxy.ts and
// Next's cache lookup run. It learns them from Next's own answers: a 200 of a twin that proxy.ts
// marked as such (twinMarkerHeader, stripped from every response here), that Next served from its
// cache (x-nextjs-cache: HIT), with a shared lifetime (s-maxage) and no Set-Cookie. The body is
// kept without content encoding and gzip-encoded once for clients that accept gzip.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import zlib from "node:zlib";
import type { FrontCache, FrontHeaders } from "@/lib/public-cache/front-cache";
import { acceptsGzip, frontCacheKey, twinMarkerHeader } from "@/lib/public-cache/front-key";

/** Headers that belong to one transfer, not to the page: set again for each answer. */
const transferHeaders = new Set(["content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive", twinMarkerHeader]);

/** The shared lifetime of a cacheable response, in ms, or null (private, no-store, none given). */
function sharedLifetimeMs(cacheControl: string | undefined): number | null {
  if (!cacheControl || /\b(?:private|no-store|no-cache)\b/i.test(cacheControl)) return null;
  const seconds = /\bs-maxage=(\d+)/i.exec(cacheControl)?.[1];
  return seconds === undefined ? null : Number(seconds) * 1000;
}

/** A body as sent with its Content-Encoding, decoded (null for an encoding not handled). */
export function decode(body: Buffer, encoding: string | undefined): Buffer | null {
  switch ((encoding ?? "identity").toLowerCase()) {
    case "identity":
      return body;
    case "gzip":
      return zlib.gunzipSync(body);
    case "deflate":
      return zlib.inflateSync(body);
    case "br":
      return zlib.brotliDecompressSync(body);
    default:
      return null;
  }
}

/** A chunk handed to response.write/end as bytes (null for anything else). */
export function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/** Drops the marker from headers handed to writeHead itself (an object or a flat list). */
function withoutMarker(args: unknown[]): unknown[] {
  return args.map((arg) => {
    if (Array.isArray(arg)) {
      const out: unknown[] = [];
      for (let index = 0; index + 1 < arg.length; index += 2) {
        if (String(arg[index]).toLowerCase() !== twinMarkerHeader) out.push(arg[index], arg[index + 1]);
      }
      return out;
    }
    if (arg === null || typeof arg !== "object") return arg;
    return Object.fromEntries(Object.entries(arg as OutgoingHttpHeaders).filter(([name]) => name.toLowerCase() !== twinMarkerHeader));
  });
}

export function createFrontLayer(cache: FrontCache) {
  /** Answers from memory; false when there is no live entry (Next answers then). */
  const serve = (key: string, request: IncomingMessage, response: ServerResponse): boolean => {
    const entry = cache.get(key);
    if (entry === undefined) return false;
    const variant = acceptsGzip(request.headers["accept-encoding"]) ? cache.gzip(key, entry) : { body: entry.identity, headers: entry.identityHeaders };
    response.writeHead(entry.status, variant.headers);
    response.end(request.method === "HEAD" ? undefined : variant.body);
    return true;
  };

  /**
   * Watches Next's answer to a request: strips proxy.ts's marker from every response, and for a
   * GET of a twin not in memory keeps what Next writes, to store it when the response finishes.
   */
  const watch = (key: string | null, request: IncomingMessage, response: ServerResponse) => {
    const generation = cache.generation;
    const clears = cache.clearsRequested;
    let marker: string | undefined;
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      const value = response.getHeader(twinMarkerHeader);
      if (value !== undefined) {
        marker = String(value);
        response.removeHeader(twinMarkerHeader);
      }
      return (writeHead as (...args: unknown[]) => ServerResponse).apply(response, withoutMarker(args));
    } as ServerResponse["writeHead"];
    response.once("close", () => {
      // A clear requested while this request ran (perhaps by it: an action) takes effect in Next
      // only as the action ends; clear again, so nothing Next served before that stays here.
      if (cache.clearsRequested !== clears) cache.echoClear();
    });
    if (key === null || request.method !== "GET") return;

    const chunks: Buffer[] = [];
    let bytes = 0;
    let complete = true;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (!complete || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = toBuffer(chunk, encoding);
      // A page larger than an eighth of the budget is never kept (front-cache.ts): stop collecting.
      if (buffer === null || bytes + buffer.length > cache.options.maxBytes / 8) {
        complete = false;
        chunks.length = 0;
        return;
      }
      chunks.push(buffer);
      bytes += buffer.length;
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: ServerResponse, ...args: unknown[]) {
      keep(args[0], args[1]);
      return (write as (...args: unknown[]) => boolean).apply(response, args);
    } as ServerResponse["write"];
    response.end = function (this: ServerResponse, ...args: unknown[]) {
      keep(args[0], args[1]);
      return (end as (...args: unknown[]) => ServerResponse).apply(response, args);
    } as ServerResponse["end"];

    response.once("finish", () => {
      if (!complete || marker !== key || response.statusCode !== 200) return;
      const sent = response.getHeaders();
      const lifetime = sharedLifetimeMs(sent["cache-control"] as string | undefined);
      if (sent["set-cookie"] !== undefined || sent["x-nextjs-cache"] !== "HIT" || lifetime === null) return;
      // Under the names as Next spelt them.
      const headers: FrontHeaders = {};
      for (const name of (response as ServerResponse & { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
        const value = sent[name.toLowerCase()];
        if (value === undefined || transferHeaders.has(name.toLowerCase())) continue;
        headers[name] = Array.isArray(value) ? value.map(String) : String(value);
      }
      const vary = String(sent.vary ?? "");
      if (!/\baccept-encoding\b/i.test(vary)) {
        for (const name of Object.keys(headers)) if (name.toLowerCase() === "vary") delete headers[name];
        headers.Vary = vary === "" ? "Accept-Encoding" : `${vary}, Accept-Encoding`;
      }
      let body: Buffer | null;
      try {
        body = decode(Buffer.concat(chunks, bytes), response.getHeader("content-encoding") as string | undefined);
      } catch {
        return;
      }
      if (body !== null) cache.set(key, { status: 200, headers, body }, generation, lifetime);
    });
  };

  return { key: frontCacheKey, serve, watch };
}

export type FrontLayer = ReturnType<typeof createFrontLayer>;
