// Rewrites a whole HTML page on its way out of Next (the production server's script deferral,
// lib/admission/defer-scripts.ts). Installed on the response before Next handles the request,
// so Next's compression writes through it: a page (GET, 200, text/html, identity or gzip, no
// fixed Content-Length once its headers are out) is collected, decoded, rewritten and encoded
// again as one body; anything else passes as it comes. The public pages render in one pass
// (no Suspense boundaries stream later), so holding a page until it is complete delays nothing.
import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { decode, toBuffer } from "./front";

type Mode = "undecided" | "collect" | "pass";

export function rewriteHtmlResponse(request: IncomingMessage, response: ServerResponse, rewrite: (html: string) => string): void {
  if (request.method !== "GET") return;
  let mode: Mode = "undecided";
  let gzip = false;
  /** Set once the new body is known (its length too, when the headers are still unsent). */
  let rewritten = false;
  const chunks: Buffer[] = [];
  const write = response.write as (...args: unknown[]) => boolean;
  const end = response.end as (...args: unknown[]) => ServerResponse;

  const decide = (): Mode => {
    if (mode !== "undecided") return mode;
    const type = String(response.getHeader("content-type") ?? "");
    const encoding = String(response.getHeader("content-encoding") ?? "identity").toLowerCase();
    // Sent already, past this wrapper: its length cannot change any more.
    const fixedLength = response.headersSent && response.getHeader("content-length") !== undefined;
    gzip = encoding === "gzip";
    mode = response.statusCode === 200 && /^text\/html\b/i.test(type) && (gzip || encoding === "identity") && !fixedLength ? "collect" : "pass";
    return mode;
  };

  // Headers go out through writeHead (flushHeaders and the first write call it too). A page that
  // will be rewritten sends them with its body, with the new length where Next had given one.
  const writeHead = response.writeHead as (...args: unknown[]) => ServerResponse;
  let heldHead: unknown[] | null = null;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const [status, ...rest] = args;
    const message = typeof rest[0] === "string" ? rest[0] : undefined;
    const headers = message === undefined ? rest[0] : rest[1];
    if (typeof status === "number") response.statusCode = status;
    // As writeHead itself merges them into the headers already set.
    if (Array.isArray(headers)) for (let index = 0; index + 1 < headers.length; index += 2) response.appendHeader(String(headers[index]), headers[index + 1] as string);
    else if (headers !== null && typeof headers === "object") for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value as string);
    const head = message === undefined ? [response.statusCode] : [response.statusCode, message];
    if (decide() === "collect" && !rewritten) {
      heldHead = head;
      return response;
    }
    return writeHead.apply(response, head);
  } as ServerResponse["writeHead"];

  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (decide() === "pass") return write.apply(response, args);
    const buffer = toBuffer(args[0], args[1]);
    if (buffer === null) return write.apply(response, args);
    chunks.push(buffer);
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];

  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (decide() === "pass") return end.apply(response, args);
    const last = typeof args[0] === "function" ? null : toBuffer(args[0], args[1]);
    if (last !== null) chunks.push(last);
    const callback = args.find((arg) => typeof arg === "function");
    const original = Buffer.concat(chunks);
    chunks.length = 0;
    let body = original;
    try {
      const html = decode(original, gzip ? "gzip" : "identity")!.toString("utf8");
      const page = rewrite(html);
      if (page !== html) body = gzip ? zlib.gzipSync(page) : Buffer.from(page, "utf8");
    } catch (error) {
      // The page goes out as Next made it; only its first paint is slower.
      console.error("html-rewrite: page sent unchanged", error);
    }
    if (response.getHeader("content-length") !== undefined) response.setHeader("Content-Length", body.length);
    rewritten = true;
    if (heldHead !== null) writeHead.apply(response, heldHead);
    return callback ? end.call(response, body, callback) : end.call(response, body);
  } as ServerResponse["end"];
}
