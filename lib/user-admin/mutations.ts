// An admin's changes to other people's accounts: role, deactivation, reactivation. Each runs in
// the caller's transaction together with its audit row. Rules, checked here whatever the UI
// showed: nobody changes their own role or status (no admin locks themselves out by mistake),
// deleted accounts stay deleted, and the portal always keeps at least one active admin.
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export interface AdminContext {
  actorId: string;
  ip: string;
}

export type Outcome = "changed" | "unchanged";

/**
 * Locks the active admins' rows until the transaction ends, so two admins demoting each other
 * at the same moment cannot both succeed: the second waits, then counts again.
 */
async function lockActiveAdminIds(tx: DbClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "status" = 'ACTIVE' ORDER BY "id" FOR UPDATE`;
  return rows.map((row) => row.id);
}

async function targetOf(tx: DbClient, ctx: AdminContext, userId: string, selfKey: string) {
  if (userId === ctx.actorId) throw new UserFacingError(selfKey);
  const activeAdminIds = await lockActiveAdminIds(tx);
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, status: true, deletedAt: true, passwordHash: true },
  });
  if (!user) throw new UserFacingError("AdminUsers.userNotFound");
  if (user.deletedAt) throw new UserFacingError("AdminUsers.accountDeleted");
  // Counted from the database, not from the actor's session: an admin deactivated a moment
  // ago whose request is still running must not take the last active admin with them.
  const otherActiveAdmins = activeAdminIds.filter((id) => id !== user.id).length;
  return { user, lastAdmin: user.role === "ADMIN" && user.status === "ACTIVE" && otherActiveAdmins === 0 };
}

export async function changeUserRole(tx: DbClient, ctx: AdminContext, userId: string, role: Role): Promise<Outcome> {
  const { user, lastAdmin } = await targetOf(tx, ctx, userId, "AdminUsers.cannotChangeOwnRole");
  if (user.role === role) return "unchanged";
  if (lastAdmin) throw new UserFacingError("AdminUsers.lastAdmin");
  await tx.user.update({ where: { id: user.id }, data: { role }, select: { id: true } });
  await recordAudit(tx, {
    actorId: ctx.actorId,
    action: "user.role-change",
    entityType: "User",
    entityId: user.id,
    data: { from: user.role, to: role },
    ip: ctx.ip,
  });
  return "changed";
}

/** The user's sessions stop at their next request: getSessionUser() requires ACTIVE. */
export async function deactivateUser(tx: DbClient, ctx: AdminContext, userId: string): Promise<Outcome> {
  const { user, lastAdmin } = await targetOf(tx, ctx, userId, "AdminUsers.cannotChangeOwnStatus");
  if (user.status === "DEACTIVATED") return "unchanged";
  if (lastAdmin) throw new UserFacingError("AdminUsers.lastAdmin");
  // Revoked for good: reactivating the account does not bring old sessions back.
  await tx.user.update({ where: { id: user.id }, data: { status: "DEACTIVATED", sessionsValidFrom: new Date() }, select: { id: true } });
  await recordAudit(tx, {
    actorId: ctx.actorId,
    action: "user.deactivate",
    entityType: "User",
    entityId: user.id,
    data: { from: user.status },
    ip: ctx.ip,
  });
  return "changed";
}

/** Back to ACTIVE, or to INVITED for someone who never set a password (their invitation still works). */
export async function reactivateUser(tx: DbClient, ctx: AdminContext, userId: string): Promise<Outcome> {
  const { user } = await targetOf(tx, ctx, userId, "AdminUsers.cannotChangeOwnStatus");
  if (user.status !== "DEACTIVATED") return "unchanged";
  const status = user.passwordHash ? "ACTIVE" : "INVITED";
  await tx.user.update({ where: { id: user.id }, data: { status }, select: { id: true } });
  await recordAudit(tx, {
    actorId: ctx.actorId,
    action: "user.reactivate",
    entityType: "User",
    entityId: user.id,
    data: { to: status },
    ip: ctx.ip,
  });
  return "changed";
}
