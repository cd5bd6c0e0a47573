// Creating the first ADMIN from a setup link. One transaction, serialised by an advisory lock,
// so two submissions (of one link or of two links) cannot both create an admin.
import "server-only";
import { UserFacingError } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/log";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";
import { adminExists, checkAdminSetupToken } from "./setup-link";
import { hashSetupToken } from "./token";

/** Any constant: the key of the advisory lock that serialises first-admin creation. */
const firstAdminLockKey = 130_013;

export interface FirstAdminInput {
  token: string;
  name: string;
  email: string;
  passwordHash: string;
  locale: AppLocale;
}

export const setupRefusalKeys = {
  invalid: "AdminSetup.linkInvalid",
  expired: "AdminSetup.linkExpired",
  used: "AdminSetup.linkUsed",
  adminExists: "AdminSetup.adminExists",
} as const;

export async function createFirstAdmin(input: FirstAdminInput, context: { ip: string; now?: Date }): Promise<{ id: string; email: string }> {
  const now = context.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${firstAdminLockKey})`;
      const check = await checkAdminSetupToken(input.token, now, tx);
      if (!check.ok) throw new UserFacingError(setupRefusalKeys[check.reason]);
      const { count } = await tx.adminSetupToken.updateMany({
        where: { tokenHash: hashSetupToken(input.token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count === 0 || (await adminExists(tx))) throw new UserFacingError(setupRefusalKeys.used);
      const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (taken) throw new UserFacingError("Validation.emailTaken", "email");
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash: input.passwordHash,
          role: "ADMIN",
          status: "ACTIVE",
          locale: input.locale,
          emailVerifiedAt: now,
        },
        select: { id: true, email: true },
      });
      await recordAudit(tx, { actorId: user.id, action: "user.first-admin", entityType: "User", entityId: user.id, ip: context.ip });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new UserFacingError("Validation.emailTaken", "email");
    throw error;
  }
}
