// The sign-in limits around a password check (sign-in form, and "current password" checks in
// My account). Each attempt is counted atomically before the password is verified:
// - per email and address (5 per 15 minutes) and per address (20): refused beyond the limit,
//   with the time the window ends;
// - per email from every address together (10 per 15 minutes): never refused, so strangers
//   cannot lock the owner out by failing on purpose from their own addresses; each attempt
//   beyond it waits a little longer (1 s more each, at most 10 s), and the attempt that crosses
//   it has the owner emailed (once per window) with a link to set a new password.
// A successful check forgets the email-and-address attempts and gives back its count elsewhere.
import type { DbClient } from "@/lib/db";
import { clearAttempts, countAgainst, countAttempt, type Hit, limitRules, refundAttempt } from "./rate-limit";

export const signInSlowdown = { stepMs: 1000, maxMs: 10_000 } as const;

export type SignInGate =
  | { ok: false; retryAt: Date }
  | {
      ok: true;
      hits: Hit[];
      /** How long to wait before checking the password. */
      delayMs: number;
      /** This attempt is the first beyond the email's ceiling in its window: warn the owner. */
      warnOwner: boolean;
      /** Attempts for the email in the window so far, this one included. */
      emailAttempts: number;
    };

export async function openSignInAttempt(client: DbClient, email: string, ip: string, now: Date = new Date()): Promise<SignInGate> {
  const check = await countAgainst(
    client,
    [
      { rule: limitRules.signInAddress, key: ip },
      { rule: limitRules.signInEmailAddress, key: `${email}\n${ip}` },
    ],
    now,
  );
  if (!check.ok) return { ok: false, retryAt: check.refusedBy.resetAt };
  const emailHit = await countAttempt(client, limitRules.signInEmail, email, now);
  const beyond = emailHit.count - limitRules.signInEmail.max;
  return {
    ok: true,
    hits: [...check.hits, emailHit],
    delayMs: beyond > 0 ? Math.min(beyond * signInSlowdown.stepMs, signInSlowdown.maxMs) : 0,
    warnOwner: beyond === 1,
    emailAttempts: emailHit.count,
  };
}

/** After the password check: a success clears this email and address and counts nowhere else. */
export async function closeSignInAttempt(client: DbClient, gate: Extract<SignInGate, { ok: true }>, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  for (const hit of gate.hits) {
    if (hit.rule.scope === limitRules.signInEmailAddress.scope) await clearAttempts(client, hit);
    else await refundAttempt(client, hit);
  }
}

/** The history of sign-in attempts (part of a person's data download), apart from the limits. */
export async function recordSignInAttempt(client: DbClient, attempt: { email: string; ip: string; succeeded: boolean }, now: Date = new Date()) {
  await client.signInAttempt.create({ data: { ...attempt, createdAt: now }, select: { id: true } });
  // Attempts older than a day are not kept.
  if (!attempt.succeeded) await client.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
}
