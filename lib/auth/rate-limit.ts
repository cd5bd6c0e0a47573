// Sign-in rate limit, kept in PostgreSQL (SignInAttempt) so it holds across app instances:
// after 5 failed attempts for one email within 15 minutes, or 20 from one IP address (an
// office or a campus shares one), further attempts are refused — even with the right
// password — until the window has moved past the failures. A success clears an email's count.
import type { DbClient } from "@/lib/db";

export const signInLimits = { perEmail: 5, perIp: 20, windowMs: 15 * 60 * 1000 } as const;

/** When the limit blocking an attempt lifts, or null when the attempt may go ahead. */
export async function signInBlockedUntil(client: DbClient, email: string, ip: string, now: Date = new Date()): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - signInLimits.windowMs);
  const lastSuccess = await client.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const emailSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const [byEmail, byIp] = await Promise.all([
    client.signInAttempt.findMany({
      where: { email, succeeded: false, createdAt: { gt: emailSince } },
      orderBy: { createdAt: "desc" },
      take: signInLimits.perEmail,
      select: { createdAt: true },
    }),
    ip === "unknown"
      ? Promise.resolve([])
      : client.signInAttempt.findMany({
          where: { ip, succeeded: false, createdAt: { gt: windowStart } },
          orderBy: { createdAt: "desc" },
          take: signInLimits.perIp,
          select: { createdAt: true },
        }),
  ]);
  // Blocked while the limit-th most recent failure is still inside the window.
  const until = [
    byEmail.length >= signInLimits.perEmail ? byEmail[signInLimits.perEmail - 1] : undefined,
    byIp.length >= signInLimits.perIp ? byIp[signInLimits.perIp - 1] : undefined,
  ]
    .filter((attempt): attempt is { createdAt: Date } => attempt !== undefined)
    .map((attempt) => attempt.createdAt.getTime() + signInLimits.windowMs);
  return until.length > 0 ? new Date(Math.max(...until)) : null;
}

export async function recordSignInAttempt(client: DbClient, attempt: { email: string; ip: string; succeeded: boolean }, now: Date = new Date()) {
  await client.signInAttempt.create({ data: { ...attempt, createdAt: now }, select: { id: true } });
  // Attempts older than a day no longer matter to any limit.
  if (!attempt.succeeded) await client.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
}
