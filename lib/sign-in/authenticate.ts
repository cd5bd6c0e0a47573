// Signing in with email and password: the credentials provider's `authorize` (lib/sign-in/options.ts).
// Counts the attempt against the sign-in limits, warns the owner of an email under attack, and
// writes the audit log. Apart from lib/auth, which every request imports to read its session.
import { z } from "zod";
import { sendSignInWarningEmail } from "@/lib/account-lifecycle/emails";
import { recordAudit } from "@/lib/audit/log";
import { verifyPassword } from "@/lib/auth/password";
import { closeSignInAttempt, openSignInAttempt, recordSignInAttempt } from "@/lib/auth/sign-in-guard";
import { db } from "@/lib/db";
import { sendInBackground } from "@/lib/mail/background";

const credentialsSchema = z.object({
  email: z.email().max(254).transform((value) => value.toLowerCase()),
  password: z.string().min(1).max(200),
});

// Verifying against a fixed hash when the email is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
const unknownUserHash = "$argon2id$v=19$m=19456,t=2,p=1$kwV0fc5FL9vLtinRvf05/A$cnzfiXl0KQHYwW816dgywMOlPNPPTlmje0j3jv4cUjw";

/** Error codes the sign-in form turns into messages (next-auth passes them as `error`). */
export const signInErrors = {
  notVerified: "EmailNotVerified",
  rateLimitedPrefix: "RateLimited:",
} as const;

export class SignInRefused extends Error {}

export interface AuthenticateOptions {
  now?: Date;
  /** The password check (tests count how often it runs). */
  verify?: (passwordHash: string, password: string) => Promise<boolean>;
  /** Waits before the check when the email is over its ceiling (tests record instead of waiting). */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Emails the owner of an email that crossed its sign-in ceiling (after the answer, so timing tells nothing). */
function warnOwner(email: string, attempts: number): void {
  sendInBackground("Sending the sign-in warning", async () => {
    const owner = await db.user.findFirst({
      where: { email, status: "ACTIVE", passwordHash: { not: null }, deletedAt: null },
      select: { id: true, email: true, name: true, locale: true },
    });
    if (owner) await sendSignInWarningEmail(owner, attempts);
  });
}

/**
 * Checks an email and password. Returns the user on success, null on a wrong email or
 * password, and throws SignInRefused (whose message is an error code) when the attempt is
 * rate-limited or the email is not verified yet. The attempt is counted against the limits
 * (lib/auth/sign-in-guard.ts) before the password is verified, and recorded for the audit log.
 */
export async function authenticate(input: unknown, ip: string, options: AuthenticateOptions = {}): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const now = options.now ?? new Date();

  const gate = await openSignInAttempt(db, email, ip, now);
  if (!gate.ok) {
    await recordAudit(db, { actorId: null, action: "auth.sign-in-rate-limited", entityType: "User", data: { email }, ip });
    throw new SignInRefused(`${signInErrors.rateLimitedPrefix}${gate.retryAt.toISOString()}`);
  }
  if (gate.warnOwner) warnOwner(email, gate.emailAttempts);
  if (gate.delayMs > 0) await (options.wait ?? sleep)(gate.delayMs);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, status: true, emailVerifiedAt: true },
  });
  const valid = await (options.verify ?? verifyPassword)(user?.passwordHash ?? unknownUserHash, password);
  const succeeded = Boolean(user && valid && user.status === "ACTIVE" && user.passwordHash);
  await closeSignInAttempt(db, gate, succeeded);
  await recordSignInAttempt(db, { email, ip, succeeded }, now);
  await recordAudit(db, {
    actorId: succeeded ? user!.id : null,
    action: succeeded ? "auth.sign-in" : "auth.sign-in-failed",
    entityType: "User",
    entityId: user?.id ?? null,
    data: succeeded ? undefined : { email },
    ip,
  });
  if (!succeeded || !user) return null;
  if (!user.emailVerifiedAt) throw new SignInRefused(signInErrors.notVerified);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now }, select: { id: true } });
  return { id: user.id, email: user.email, name: user.name };
}
