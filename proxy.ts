import { type NextRequest, NextResponse } from "next/server";

// Navigation gate only: a visitor without a next-auth session cookie who opens a role
// area goes straight to the sign-in page. Whether the session is valid and the role
// fits is decided by requireRole() in every role layout, page and action.
const sessionCookieNames = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  // Large JWTs are split into chunks named "<name>.0", "<name>.1", ...
  return request.cookies
    .getAll()
    .some(({ name }) => sessionCookieNames.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

export function proxy(request: NextRequest): NextResponse {
  if (hasSessionCookie(request)) return NextResponse.next();
  const signIn = new URL("/masuk", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/ikm/:path*", "/pembeli/:path*", "/mitra/:path*", "/staf/:path*", "/admin/:path*"],
};
