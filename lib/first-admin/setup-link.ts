// The one-time link a production server prints at start while no ADMIN account exists: whoever
// runs the server opens it and creates the first admin. Valid 24 hours, used once, refused once
// any admin exists. Each start with no admin issues a new link; earlier unexpired ones stay
// valid (several instances may start at once), and all of them die with the first admin.
import { db, type DbClient } from "@/lib/db";
import { hashSetupToken, newSetupToken, setupTokenLifetimeMs } from "./token";

export type AdminSetupCheck = { ok: true } | { ok: false; reason: AdminSetupRefusal };
export type AdminSetupRefusal = "invalid" | "expired" | "used" | "adminExists";

export async function adminExists(client: DbClient = db): Promise<boolean> {
  return (await client.user.count({ where: { role: "ADMIN" } })) > 0;
}

/** A new setup token (returned once, stored hashed), or null when an admin exists already. */
export async function issueAdminSetupToken(now: Date = new Date()): Promise<{ token: string; expiresAt: Date } | null> {
  if (await adminExists()) return null;
  const token = newSetupToken();
  const expiresAt = new Date(now.getTime() + setupTokenLifetimeMs);
  await db.adminSetupToken.create({ data: { tokenHash: hashSetupToken(token), expiresAt, createdAt: now }, select: { id: true } });
  return { token, expiresAt };
}

/** Whether a setup token can be used now, and if not, why. */
export async function checkAdminSetupToken(token: string, now: Date = new Date(), client: DbClient = db): Promise<AdminSetupCheck> {
  if (await adminExists(client)) return { ok: false, reason: "adminExists" };
  const row = await client.adminSetupToken.findUnique({ where: { tokenHash: hashSetupToken(token) }, select: { expiresAt: true, usedAt: true } });
  if (!row) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true };
}
