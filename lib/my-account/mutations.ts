// Changes to one's own account. Every function takes the signed-in user's id from the session
// (never from a form) and a client, so callers can run them inside a transaction.
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { verifyPassword } from "@/lib/auth/password";
import { closeSignInAttempt, openSignInAttempt, recordSignInAttempt } from "@/lib/auth/sign-in-guard";
import type { DbClient } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { ContactDetailsInput } from "./schemas";

interface Context {
  userId: string;
  ip: string;
}

/** Name and phone. Audited with the names of the fields that changed, not their values. */
export async function updateContactDetails(client: DbClient, { userId, ip }: Context, input: ContactDetailsInput): Promise<void> {
  const current = await client.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, phone: true } });
  const changed = (["name", "phone"] as const).filter((field) => current[field] !== input[field]);
  if (changed.length === 0) return;
  await client.user.update({ where: { id: userId }, data: { name: input.name, phone: input.phone }, select: { id: true } });
  await recordAudit(client, { actorId: userId, action: "user.update-profile", entityType: "User", entityId: userId, data: { fields: changed }, ip });
}

export async function updateLocale(client: DbClient, userId: string, locale: Locale): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}

/**
 * Throws unless `password` is the user's current password: a stolen, unlocked session alone
 * must not be enough to change the password or delete the account. Each check counts towards
 * the sign-in limits (lib/auth/sign-in-guard.ts) before the password is verified, so a session
 * cannot be used to try passwords faster than the sign-in form allows. Runs outside any
 * transaction, as argon2 takes a while on purpose.
 */
export async function assertCurrentPassword(
  client: DbClient,
  { userId, email, ip }: Context & { email: string },
  password: string,
  field: string,
): Promise<void> {
  const gate = await openSignInAttempt(client, email, ip);
  if (!gate.ok) throw new UserFacingError("MyAccount.tooManyAttempts", field);
  if (gate.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, gate.delayMs));
  const user = await client.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const valid = Boolean(user.passwordHash) && (await verifyPassword(user.passwordHash ?? "", password));
  await closeSignInAttempt(client, gate, valid);
  if (!valid) {
    await recordSignInAttempt(client, { email, ip, succeeded: false });
    throw new UserFacingError("MyAccount.currentPasswordWrong", field);
  }
}

/** Hash the new password outside the transaction, then store it here with its audit row. */
export async function storePasswordHash(client: DbClient, { userId, ip }: Context, passwordHash: string): Promise<void> {
  // A new password ends every session signed in with the old one, this one included.
  await client.user.update({ where: { id: userId }, data: { passwordHash, sessionsValidFrom: new Date() }, select: { id: true } });
  await recordAudit(client, { actorId: userId, action: "user.password-change", entityType: "User", entityId: userId, ip });
}
