// Links sent by email: verify an address, reset a password, accept an invitation.
// Stateless (nothing stored) yet single-use: each token is bound to the account state it was
// issued for, and that state changes when the link is used.
import { db } from "@/lib/db";
import { authSecret } from "./secret";
import { accountStamp, signToken, verifyTokenSignature } from "./token-signature";

export type TokenPurpose = "verify-email" | "reset-password" | "invite";

/** How long each kind of link stays valid, in seconds. */
export const tokenLifetime: Record<TokenPurpose, number> = {
  "verify-email": 48 * 60 * 60,
  "reset-password": 60 * 60,
  invite: 7 * 24 * 60 * 60,
};

interface AccountState {
  email: string;
  status: string;
  passwordHash: string | null;
  emailVerifiedAt: Date | null;
}

function stampFor(purpose: TokenPurpose, user: AccountState): string {
  switch (purpose) {
    case "verify-email":
      return accountStamp([purpose, user.email, user.emailVerifiedAt?.toISOString()]);
    case "reset-password":
      return accountStamp([purpose, user.email, user.passwordHash, user.status]);
    case "invite":
      return accountStamp([purpose, user.email, user.passwordHash, user.status]);
  }
}

const accountSelect = { id: true, email: true, status: true, passwordHash: true, emailVerifiedAt: true } as const;

export async function createUserToken(purpose: TokenPurpose, userId: string, now: Date = new Date()): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: accountSelect });
  return signToken({ p: purpose, u: user.id, e: Math.floor(now.getTime() / 1000) + tokenLifetime[purpose], s: stampFor(purpose, user) }, authSecret());
}

export type TokenResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "expired" | "used" };

export async function readUserToken(purpose: TokenPurpose, token: string, now: Date = new Date()): Promise<TokenResult> {
  const check = verifyTokenSignature(token, authSecret(), now);
  if (!check.ok) return { ok: false, reason: check.reason === "expired" ? "expired" : "invalid" };
  if (check.payload.p !== purpose) return { ok: false, reason: "invalid" };
  const user = await db.user.findUnique({ where: { id: check.payload.u }, select: accountSelect });
  if (!user || user.status === "DEACTIVATED") return { ok: false, reason: "invalid" };
  if (stampFor(purpose, user) !== check.payload.s) return { ok: false, reason: "used" };
  return { ok: true, userId: user.id };
}
