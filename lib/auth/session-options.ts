// next-auth (4.x) options for reading a session: JWT sessions in an httpOnly cookie, and the
// callbacks that turn the cookie into the portal's SessionUser. Every request needs these
// (lib/auth/session.ts). Signing in is apart, in lib/sign-in/: its options add the credentials
// provider for next-auth's route handler only. getServerSession ignores providers (it replaces
// them with an empty list), so reading a session never loads the sign-in flow, and lib/auth
// imports nothing of the domains (no folder cycle through it: scripts/folder-cycles.test.ts).
import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/env";
import { authSecret } from "./secret";
import { loadSessionUser, type SessionUser } from "./session-user";

declare module "next-auth" {
  interface Session {
    userId?: string;
    /** The active user behind the session, read fresh; null once deactivated or deleted. */
    account?: SessionUser | null;
    /** The account could not be read (the database is unreachable): not the same as signed out. */
    unavailable?: boolean;
  }
}

export function sessionOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    // httpOnly, sameSite=lax cookies; Secure (and __Secure- names) whenever the portal is served over https.
    useSecureCookies: env().appUrl.startsWith("https://"),
    pages: { signIn: "/masuk", error: "/masuk" },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        // signedInAt survives the token's renewals, so revoking sessions (User.sessionsValidFrom)
        // ends every session signed in before it, for good.
        if (user) {
          token.sub = user.id;
          token.signedInAt = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        // The cookie carries only the user id; the role and the enterprise / buyer organisation /
        // partner organisation ids are read fresh here, so a role change or a deactivation
        // applies at once. A deactivated or deleted account has no user in its session.
        const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : undefined;
        // next-auth would swallow a throw here and report "signed out"; say "unavailable" instead,
        // so a database outage is not mistaken for a sign-out (lib/auth/session.ts).
        try {
          const user = token.sub ? await loadSessionUser(token.sub, signedInAt) : null;
          return { expires: session.expires, userId: user?.id, account: user };
        } catch (error) {
          console.error("Reading the signed-in account failed", { error });
          return { expires: session.expires, account: null, unavailable: true };
        }
      },
    },
  };
}
