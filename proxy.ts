import { type NextRequest, NextResponse } from "next/server";
import { routeAccess } from "@/lib/auth/permissions";
import { contentSecurityPolicy } from "@/lib/security/headers";

// Two jobs, both before a page renders:
// 1. A Content-Security-Policy with a fresh nonce for every page (Next.js applies the nonce
//    from the request's CSP header to its own scripts).
// 2. A navigation gate only: a visitor without a next-auth session cookie who opens a role
//    area goes straight to the sign-in page. Whether the session is valid and the role fits
//    is decided by requireRoute() in every role layout and page, and by every action.
const sessionCookieNames = ["next-auth.session-token", "__Secure-next-auth.session-token"];

const protectedRoutes = Object.keys(routeAccess);
const isProtectedPath = (pathname: string) => protectedRoutes.some((route) => pathname === route || pathname.startsWith(`${route}/`));

function hasSessionCookie(request: NextRequest): boolean {
  // Large JWTs are split into chunks named "<name>.0", "<name>.1", ...
  return request.cookies
    .getAll()
    .some(({ name }) => sessionCookieNames.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

export function proxy(request: NextRequest): NextResponse {
  if (isProtectedPath(request.nextUrl.pathname) && !hasSessionCookie(request)) {
    const signIn = new URL("/masuk", request.url);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not API routes, static files or image optimisation.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico|robots\\.txt|sitemap\\.xml).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
