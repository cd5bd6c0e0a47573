// The signed-in user, read fresh from the database on every request (deduplicated per request),
// so a deactivated user's session stops working immediately; and the checks pages make.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionOptions } from "./session-options";
import { can, type ProtectedRoute, roleHome, routeAccess } from "./permissions";
import type { SessionUser } from "./session-user";

export type { SessionUser };

/** A session cookie whose account could not be read (the database is unreachable). */
export class SessionUnavailableError extends Error {
  constructor() {
    super("The signed-in account could not be read");
    this.name = "SessionUnavailableError";
  }
}

/**
 * The signed-in, active user of this request (one database read per request), or null. Throws
 * SessionUnavailableError when a session's account cannot be read, rather than treating a
 * signed-in person as signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(sessionOptions());
  if (session?.unavailable) throw new SessionUnavailableError();
  return session?.account ?? null;
});

function signInPath(callbackPath: string): string {
  return `/masuk?callbackUrl=${encodeURIComponent(callbackPath.startsWith("/") ? callbackPath : "/")}`;
}

export async function requireUser(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath(callbackPath));
  return user;
}

/**
 * For protected pages (and their layouts), by their entry in routeAccess: signed out -> the
 * sign-in page; signed in without the permission -> the user's own home.
 */
export async function requireRoute(route: ProtectedRoute, callbackPath: string = route): Promise<SessionUser> {
  const user = await requireUser(callbackPath);
  if (!can(user.role, routeAccess[route])) redirect(roleHome[user.role]);
  return user;
}
