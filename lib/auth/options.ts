// next-auth (4.x) configuration: email + password with a Credentials provider, JWT sessions.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import { authSecret } from "./secret";

const credentialsSchema = z.object({
  email: z.email().max(254).transform((value) => value.toLowerCase()),
  password: z.string().min(1).max(200),
});

// Verifying against a fixed hash when the email is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
const unknownUserHash = "$argon2id$v=19$m=19456,t=2,p=1$kwV0fc5FL9vLtinRvf05/A$cnzfiXl0KQHYwW816dgywMOlPNPPTlmje0j3jv4cUjw";

export async function authenticate(input: unknown): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true, status: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? unknownUserHash, parsed.data.password);
  if (!user || !valid || user.status !== "ACTIVE" || !user.passwordHash) return null;
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  return { id: user.id, email: user.email, name: user.name };
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/masuk", error: "/masuk" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials) => authenticate(credentials),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        // Role and organisation ids are read fresh per request in getSessionUser(); the cookie
        // carries only the user id, so a role change or deactivation applies at once.
        return { ...session, userId: token.sub };
      },
    },
  };
}
