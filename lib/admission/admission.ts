// Admission control in front of Next's request handler: an overloaded or database-less server
// answers 503 with Retry-After and a short page (lib/admission/unavailable-page.ts), never a 500.
//
// - At most `maxConcurrent` requests are worked on at once; others wait in line, at most
//   `queueSize` of them and at most `queueTimeoutMs` each. A page view (GET/HEAD) that finds the
//   line full or waits too long is answered 503. A write (any other method: server actions,
//   sign-in) is never shed here: after the wait it runs anyway, and if the database cannot take
//   it the action answers "try again" itself (lib/auth/action.ts).
// - While the database is down (lib/db-availability.ts), page views are answered 503 at
//   once, and a probe query runs at most every `probeIntervalMs` until one succeeds.
// - A 5xx that Next is about to send while the database has just failed (a page that could not
//   get a connection) is replaced by the 503 page before anything of it is written.
//
// Next does not hand its HTTP server to application code. Node publishes
// "http.server.request.start" on its diagnostics channel before the server's "request" listeners
// run (lib/http/socket-address.ts relies on it too); on a server's first request its listeners
// (Next's handler) are moved behind the gate, so `npm start` stays `next start`.
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { databaseDown, databaseFailedRecently } from "@/lib/db-availability";
import type { FrontLayer } from "./front";
import { rewriteHtmlResponse } from "./html-rewrite";
import { unavailablePage } from "./unavailable-page";

export interface AdmissionOptions {
  maxConcurrent: number;
  queueSize: number;
  queueTimeoutMs: number;
  /** A 5xx within this long after a database failure is answered 503 instead. */
  failureWindowMs: number;
  probeIntervalMs: number;
  /** A query that succeeds when the database is back (it reports its own success). */
  probe: () => Promise<unknown>;
  /** Finished signed-out pages answered from memory before Next (lib/admission/front.ts). */
  front?: FrontLayer;
  /** Applied to every HTML page Next sends (lib/admission/html-rewrite.ts): scripts after the first paint. */
  rewriteHtml?: (html: string) => string;
}

type Continue = () => void;

/** Static files and the health probe pass without waiting: they need no page render or pool connection. */
function passesFreely(url: string | undefined): boolean {
  return url === undefined || url.startsWith("/_next/static/") || url === "/api/health" || url.startsWith("/api/health?");
}

export function retryAfterSeconds(options: Pick<AdmissionOptions, "queueTimeoutMs">): number {
  return Math.max(1, Math.ceil(options.queueTimeoutMs / 1000));
}

type Methods = { writeHead: (...args: never[]) => unknown; end: (...args: never[]) => unknown };

/** Sends the 503 page, through `methods` (the response's own, unwrapped writeHead and end). */
function sendUnavailable(request: IncomingMessage, response: ServerResponse, retryAfter: number, methods: Methods = response) {
  const writeHead = methods.writeHead as (this: ServerResponse, ...args: unknown[]) => unknown;
  const end = methods.end as (this: ServerResponse, ...args: unknown[]) => unknown;
  if (response.headersSent) {
    end.call(response);
    return;
  }
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  const body = unavailablePage(request, retryAfter);
  writeHead.call(response, 503, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Retry-After": String(retryAfter),
    "Cache-Control": "no-store",
  });
  end.call(response, request.method === "HEAD" ? undefined : body);
}

/**
 * Holds back what Next writes until its status is known; a 5xx while the database has just
 * failed is dropped and the 503 page sent instead. The wrappers stay in place for the whole
 * response (Next's compression wraps them in turn) and pass everything else straight through.
 */
function replaceDatabaseErrors(request: IncomingMessage, response: ServerResponse, options: AdmissionOptions) {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  let replace: boolean | undefined;
  let sent = false;
  const decide = (status: number) =>
    (replace ??= status >= 500 && status !== 503 && (databaseDown() || databaseFailedRecently(options.failureWindowMs)));
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (decide(status)) return response;
    return (original.writeHead as (...args: unknown[]) => ServerResponse).call(response, status, ...rest);
  } as ServerResponse["writeHead"];
  response.write = function (...args: unknown[]) {
    if (!decide(response.statusCode)) return (original.write as (...args: unknown[]) => boolean).apply(response, args);
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];
  response.end = function (...args: unknown[]) {
    if (!decide(response.statusCode)) return (original.end as (...args: unknown[]) => ServerResponse).apply(response, args);
    if (!sent) {
      sent = true;
      sendUnavailable(request, response, retryAfterSeconds(options), original);
    }
    return response;
  } as ServerResponse["end"];
}

export function createAdmission(options: AdmissionOptions) {
  let active = 0;
  const waiting: Continue[] = [];
  let probing = false;
  let lastProbe = 0;
  const retryAfter = retryAfterSeconds(options);

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  /** Resolves true when the request may run (it then holds a place until released), false when shed. */
  const admit = (sheddable: boolean): Promise<boolean> => {
    if (active < options.maxConcurrent) {
      active += 1;
      return Promise.resolve(true);
    }
    if (sheddable && waiting.length >= options.queueSize) return Promise.resolve(false);
    return new Promise((resolve) => {
      // Handed over by release(): the place of the request that finished.
      const enter: Continue = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const index = waiting.indexOf(enter);
        if (index >= 0) waiting.splice(index, 1);
        if (!sheddable) active += 1;
        resolve(!sheddable);
      }, options.queueTimeoutMs);
      waiting.push(enter);
    });
  };

  const probeSoon = () => {
    if (probing || Date.now() - lastProbe < options.probeIntervalMs) return;
    probing = true;
    lastProbe = Date.now();
    options
      .probe()
      .catch(() => undefined)
      .finally(() => {
        probing = false;
      });
  };

  const handle = (request: IncomingMessage, response: ServerResponse, next: Continue) => {
    if (passesFreely(request.url)) return next();
    const sheddable = request.method === "GET" || request.method === "HEAD";
    if (sheddable && databaseDown()) {
      probeSoon();
      return sendUnavailable(request, response, retryAfter);
    }
    // A cached page in memory needs no place in line: it costs less than the 503 page.
    const frontKey = options.front?.key(request) ?? null;
    if (frontKey !== null && options.front?.serve(frontKey, request, response)) return;
    void admit(sheddable).then((admitted) => {
      if (!admitted) return sendUnavailable(request, response, retryAfter);
      if (response.destroyed) return release(); // the client left while it waited
      response.once("close", release);
      replaceDatabaseErrors(request, response, options);
      options.front?.watch(frontKey, request, response);
      // After the watch: the front cache keeps the page as rewritten, and serves it so.
      if (options.rewriteHtml) rewriteHtmlResponse(request, response, options.rewriteHtml);
      next();
    });
  };

  return { handle, state: () => ({ active, waiting: waiting.length }) };
}

export type Admission = ReturnType<typeof createAdmission>;

/** Puts every HTTP server of this process behind the admission control, from its first request. */
export function installAdmission(admission: Admission): void {
  const gated = new WeakSet<Server>();
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { server } = message as { server: Server };
    if (gated.has(server)) return;
    gated.add(server);
    const listeners = server.listeners("request") as ((request: IncomingMessage, response: ServerResponse) => void)[];
    server.removeAllListeners("request");
    server.on("request", (request: IncomingMessage, response: ServerResponse) =>
      admission.handle(request, response, () => {
        for (const listener of listeners) listener.call(server, request, response);
      }),
    );
  });
}
