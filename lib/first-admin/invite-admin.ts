// `npm run admin:create`: an ADMIN account invited from the server's shell, who sets a password
// through the same emailed invitation link (/undangan) as staff and partners. Running it again
// for an admin who has not accepted yet re-sends the link.
import "server-only";
import type { AccountContact } from "@/lib/account-lifecycle/queries";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";

export class AdminInviteError extends Error {}

export async function inviteAdmin(input: { email: string; name: string; locale: AppLocale }): Promise<AccountContact & { resent: boolean }> {
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, role: true, status: true } });
    if (existing && !(existing.role === "ADMIN" && existing.status === "INVITED")) {
      throw new AdminInviteError(`${input.email} already has an account (${existing.role}, ${existing.status}); nothing changed.`);
    }
    const select = { id: true, email: true, name: true, locale: true } as const;
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { name: input.name, locale: input.locale }, select })
      : await tx.user.create({
          data: { email: input.email, name: input.name, locale: input.locale, role: "ADMIN", status: "INVITED", passwordHash: null, emailVerifiedAt: null },
          select,
        });
    await recordAudit(tx, {
      actorId: null,
      action: "user.invite",
      entityType: "User",
      entityId: user.id,
      data: { role: "ADMIN", resent: Boolean(existing), via: "npm run admin:create" },
    });
    return { ...user, resent: Boolean(existing) };
  });
}
