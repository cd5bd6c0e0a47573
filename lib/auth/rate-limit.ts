// Rate limits kept in PostgreSQL (RateLimitCounter), so they hold across app instances and under
// concurrency: every attempt is counted with one atomic INSERT ... ON CONFLICT DO UPDATE ...
// RETURNING before the guarded work (a password check, an email) runs, and the work runs only
// when the count it got back is within the limit. Fifty parallel requests therefore get the
// counts 1..50 and only the first `max` go ahead, where a read-then-write check lets them all
// through. Windows are fixed (aligned to the epoch); a limit lifts when its window ends.
import crypto from "node:crypto";
import type { DbClient } from "@/lib/db";
import { authSecret } from "./secret";

export interface LimitRule {
  /** Names the rule in the counter table, e.g. "sign-in:address". */
  scope: string;
  /** Attempts allowed per window; the next one is refused. */
  max: number;
  windowMs: number;
}

const minute = 60 * 1000;
const hour = 60 * minute;

export const limitRules = {
  /** Sign-in attempts for one email from one address. */
  signInEmailAddress: { scope: "sign-in:email+address", max: 5, windowMs: 15 * minute },
  /** Sign-in attempts from one address, whatever the email (an office or a campus shares one). */
  signInAddress: { scope: "sign-in:address", max: 20, windowMs: 15 * minute },
  /**
   * Sign-in attempts for one email from every address together: never refused (that would let
   * strangers lock the owner out), but beyond `max` each attempt is slowed down and the owner is
   * emailed once per window (lib/auth/sign-in-guard.ts).
   */
  signInEmail: { scope: "sign-in:email", max: 10, windowMs: 15 * minute },
  /** Registrations, verification resends and password-reset requests from one address. */
  accountFormsAddress: { scope: "account-forms:address", max: 10, windowMs: hour },
  /** Registrations naming one email. */
  registerEmail: { scope: "register:email", max: 3, windowMs: hour },
  /** Verification links asked for one email. */
  resendEmail: { scope: "resend-verification:email", max: 3, windowMs: hour },
  /** Password-reset links asked for one email. */
  resetEmail: { scope: "reset-password:email", max: 3, windowMs: hour },
} as const satisfies Record<string, LimitRule>;

export interface Hit {
  rule: LimitRule;
  /** Hash of the key, as stored. */
  key: string;
  windowStart: number;
  /** This attempt's number in the window (1 for the first). */
  count: number;
  allowed: boolean;
  /** When the window ends and the limit lifts. */
  resetAt: Date;
}

/**
 * Counters store a keyed hash of the email or address, never the value itself; keyed with the
 * session secret so the table alone cannot be reversed by hashing every IPv4 address.
 */
function hashKey(value: string): string {
  return crypto.createHmac("sha256", authSecret()).update(value).digest("hex");
}

/** Counts one attempt against a rule, atomically, and says whether it is within the limit. */
export async function countAttempt(client: DbClient, rule: LimitRule, key: string, now: Date = new Date()): Promise<Hit> {
  const windowStart = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  const hashed = hashKey(key);
  const [row] = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("scope", "key", "windowStart", "count")
    VALUES (${rule.scope}, ${hashed}, ${windowStart}::bigint, 1)
    ON CONFLICT ("scope", "key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  const count = Number(row?.count ?? 0);
  // The first attempt of a window tidies up windows that ended more than a day ago.
  if (count === 1) await client.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowStart" < ${windowStart - 24 * hour}::bigint`;
  return { rule, key: hashed, windowStart, count, allowed: count <= rule.max, resetAt: new Date(windowStart + rule.windowMs) };
}

/** Takes one attempt back (it turned out to be legitimate, or another limit refused it). */
export async function refundAttempt(client: DbClient, hit: Hit): Promise<void> {
  await client.$executeRaw`
    UPDATE "RateLimitCounter" SET "count" = GREATEST("count" - 1, 0)
    WHERE "scope" = ${hit.rule.scope} AND "key" = ${hit.key} AND "windowStart" = ${hit.windowStart}::bigint`;
}

/** Forgets every attempt of the window (after a successful sign-in from that email and address). */
export async function clearAttempts(client: DbClient, hit: Hit): Promise<void> {
  await client.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE "scope" = ${hit.rule.scope} AND "key" = ${hit.key} AND "windowStart" = ${hit.windowStart}::bigint`;
}

export type LimitCheck = { ok: true; hits: Hit[] } | { ok: false; refusedBy: Hit };

/**
 * Counts one attempt against each rule in order and stops at the first that refuses it; the
 * rules counted before that one get the attempt back, so a refused attempt uses up only the
 * limit that refused it.
 */
export async function countAgainst(client: DbClient, checks: { rule: LimitRule; key: string }[], now: Date = new Date()): Promise<LimitCheck> {
  const hits: Hit[] = [];
  for (const { rule, key } of checks) {
    const hit = await countAttempt(client, rule, key, now);
    if (!hit.allowed) {
      for (const earlier of hits) await refundAttempt(client, earlier);
      return { ok: false, refusedBy: hit };
    }
    hits.push(hit);
  }
  return { ok: true, hits };
}
