// Which raw requests the front cache (lib/public-cache/front-cache.ts, in front of Next in the
// admission layer) may answer: exactly those that proxy.ts sends to a cached twin, decided from
// the bare node:http request with the same rules (lib/public-cache/route.ts). Pure.
//
// Next hides its router's headers and `_rsc` from the proxy; the front sees them, and refuses
// every such request (a router payload is a different response for the same address). A request
// proxy.ts would redirect (unsafe characters in the query) or answer "not found" (an unreadable
// path, the twins themselves) is never answered here either.
import { hasUnsafeCharacters, isReadablePath } from "@/lib/http/text";
import { localeCookieName } from "@/lib/i18n/config";
import { anonymousCachedPath, isAnonymousTwinPath } from "./route";

/** The response header proxy.ts sets on a twin's response (the twin's path); the front strips it. */
export const twinMarkerHeader = "x-temu-twin";

/** Next-auth's session cookies; large tokens come in chunks "<name>.0", "<name>.1", ... */
const sessionCookieNames = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Request headers of Next's client router, its data requests and server actions, and ranges. */
const refusedHeaders = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
  "x-nextjs-data",
  "x-middleware-prefetch",
  "range",
];

export interface RawRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

function header(request: RawRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** What the request's cookies say: a session cookie, and the NEXT_LOCALE value (the first one). */
function readCookies(cookieHeader: string | undefined): { session: boolean; locales: string[] } {
  let session = false;
  const locales: string[] = [];
  if (!cookieHeader) return { session, locales };
  for (const part of cookieHeader.split(";")) {
    const separator = part.indexOf("=");
    const name = (separator < 0 ? part : part.slice(0, separator)).trim();
    if (sessionCookieNames.some((cookie) => name === cookie || name.startsWith(`${cookie}.`))) session = true;
    else if (name === localeCookieName) locales.push(separator < 0 ? "" : decodeCookieValue(part.slice(separator + 1).trim()));
  }
  return { session, locales };
}

function decodeCookieValue(value: string): string {
  const unquoted = value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  try {
    return decodeURIComponent(unquoted);
  } catch {
    return unquoted;
  }
}

/** True when the query string holds unsafe characters (proxy.ts redirects such a request). */
function unsafeQuery(search: string): boolean {
  if (search === "") return false;
  for (const [key, value] of new URLSearchParams(search)) if (hasUnsafeCharacters(key) || hasUnsafeCharacters(value)) return true;
  return false;
}

/**
 * The cached twin's path this request would get from proxy.ts (the front cache's key), or null
 * when the front must leave it to Next. Searches are keyed by their canonical twin whether or not
 * proxy.ts admits them: an entry exists only for a response proxy.ts marked as that twin's.
 */
export function frontCacheKey(request: RawRequest): string | null {
  const { method, url } = request;
  if ((method !== "GET" && method !== "HEAD") || url === undefined || !url.startsWith("/")) return null;
  for (const name of refusedHeaders) if (request.headers[name] !== undefined) return null;
  const purpose = header(request, "purpose") ?? header(request, "sec-purpose");
  if (purpose !== undefined && purpose.includes("prefetch")) return null;
  if (header(request, "sec-fetch-dest") === "empty") return null;
  const question = url.indexOf("?");
  const pathname = question < 0 ? url : url.slice(0, question);
  const search = question < 0 ? "" : url.slice(question);
  // `_rsc` and Next's other internal parameters (`__next...`) start with "_"; the catalog's never do.
  if (/[?&]_/.test(search) || unsafeQuery(search.slice(1))) return null;
  if (!isReadablePath(pathname) || isAnonymousTwinPath(pathname)) return null;
  const cookies = readCookies(header(request, "cookie"));
  // Two NEXT_LOCALE cookies: which one Next believes is its business.
  if (cookies.locales.length > 1) return null;
  return anonymousCachedPath({
    method,
    pathname,
    search: search === "?" ? "" : search,
    hasSessionCookie: cookies.session,
    localeCookie: cookies.locales[0],
    routerRequest: false,
  });
}

/** Whether the client takes a gzip-encoded body (Accept-Encoding names gzip or *, not with q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  for (const part of acceptEncoding.split(",")) {
    const [coding = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "*") continue;
    const quality = parameters.find((parameter) => parameter.startsWith("q="));
    if (quality === undefined || Number(quality.slice(2)) > 0) return true;
  }
  return false;
}
