import { type NextRequest, NextResponse } from "next/server";
import { routeAccess } from "@/lib/auth/permissions";
import { hasUnsafeCharacters, isReadablePath, stripUnsafeCharacters } from "@/lib/http/text";
import { localeCookieName } from "@/lib/i18n/config";
import { twinMarkerHeader } from "@/lib/public-cache/front-key";
import { anonymousCachedPath, isAnonymousTwinPath } from "@/lib/public-cache/route";
import { SearchAdmission } from "@/lib/public-cache/search-admission";
import { contentSecurityPolicy } from "@/lib/security/headers";

// Three jobs, all before a page renders:
// 0. Hostile addresses: a path segment that is not valid UTF-8 or holds a NUL (Next.js answers a
//    bare 500 for the first, the database refuses the second) gets the not-found page; NUL and
//    other unsafe characters in the query string are stripped by a redirect (lib/http/text.ts).
//    Pages parse their parameters safely as well; this is the net under all of them.
// 1. A Content-Security-Policy with a fresh nonce for every dynamic page (Next.js applies the nonce
//    from the request's CSP header to its own scripts).
// 2. Signed-out visitors of the catalog and event pages, and of catalog searches, get their cached
//    twin (app/anonim/, lib/public-cache/route.ts), with a policy that needs no nonce (the
//    document is shared), marked for the front cache in front of Next (lib/admission/front.ts).
// 3. A navigation gate only: a visitor without a next-auth session cookie who opens a role
//    area goes straight to the sign-in page. Whether the session is valid and the role fits
//    is decided by requireRoute() in every role layout and page, and by every action.
const sessionCookieNames = ["next-auth.session-token", "__Secure-next-auth.session-token"];

const protectedRoutes = Object.keys(routeAccess);
/** The distinct searches this process caches (lib/public-cache/search-admission.ts). */
const searchAdmission = new SearchAdmission();
const admitSearch = (canonical: string) => searchAdmission.admit(canonical);
const isProtectedPath = (pathname: string) => protectedRoutes.some((route) => pathname === route || pathname.startsWith(`${route}/`));

function isPrefetch(request: NextRequest): boolean {
  return request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
}

function hasSessionCookie(request: NextRequest): boolean {
  // Large JWTs are split into chunks named "<name>.0", "<name>.1", ...
  return request.cookies
    .getAll()
    .some(({ name }) => sessionCookieNames.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

/** The query string without unsafe characters, or null when it has none. */
function cleanedSearch(request: NextRequest): string | null {
  const entries = [...request.nextUrl.searchParams.entries()];
  if (!entries.some(([key, value]) => hasUnsafeCharacters(key) || hasUnsafeCharacters(value))) return null;
  const clean = new URLSearchParams();
  for (const [key, value] of entries) clean.append(stripUnsafeCharacters(key), stripUnsafeCharacters(value));
  return clean.toString();
}

export function proxy(request: NextRequest): NextResponse {
  const readablePath = isReadablePath(request.nextUrl.pathname);
  const search = readablePath && (request.method === "GET" || request.method === "HEAD") ? cleanedSearch(request) : null;
  if (search !== null) {
    const url = request.nextUrl.clone();
    url.search = search;
    return NextResponse.redirect(url);
  }
  const twin =
    readablePath && !isAnonymousTwinPath(request.nextUrl.pathname)
      ? anonymousCachedPath({
          method: request.method,
          pathname: request.nextUrl.pathname,
          search: request.nextUrl.search,
          hasSessionCookie: hasSessionCookie(request),
          localeCookie: request.cookies.get(localeCookieName)?.value,
          // Next takes its own headers (RSC, Next-Router-Prefetch) and `_rsc` off the request the
          // proxy sees; the browser's Fetch Metadata still tells a script's fetch (the router's
          // payloads and prefetches: "empty") from a page load ("document").
          routerRequest: request.headers.get("sec-fetch-dest") === "empty" || isPrefetch(request),
          admitSearch,
        })
      : null;
  if (twin !== null) {
    const response = NextResponse.rewrite(new URL(twin, request.url));
    response.headers.set("Content-Security-Policy", contentSecurityPolicy(null, process.env.NODE_ENV === "development"));
    // Tells the front cache (lib/admission/front.ts, production only) whose answer this is; it
    // strips the header from every response.
    if (process.env.NODE_ENV === "production") response.headers.set(twinMarkerHeader, twin);
    return response;
  }
  // Prefetches pass through the net above too, but need no CSP of their own.
  if (readablePath && isPrefetch(request)) return NextResponse.next();
  if (readablePath && isProtectedPath(request.nextUrl.pathname) && !hasSessionCookie(request)) {
    const signIn = new URL("/masuk", request.url);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response =
    readablePath && !isAnonymousTwinPath(request.nextUrl.pathname)
      ? NextResponse.next({ request: { headers: requestHeaders } })
    : NextResponse.rewrite(new URL("/tidak-ditemukan", request.url), { request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not API routes, static files or image optimisation. Prefetches too (a prefetch
  // header must not carry a hostile path past the net above); they skip the CSP work.
  matcher: ["/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico|robots\\.txt|sitemap\\.xml).*)"],
};
