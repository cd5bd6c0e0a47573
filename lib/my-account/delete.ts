// Deleting an account at its owner's request (UU PDP Art. 8). Personal data is erased or
// anonymised; what the programme must keep is kept without it: the business record of an
// enterprise (so past events' statistics hold), sourcing requests of the buyer's organisation,
// and the audit trail (its rows stay, their IP addresses and details go). The business leaves
// circulation at the same time (lib/my-account/closure.ts): off the catalog, consents revoked,
// open threads and offers closed and meetings ahead cancelled, with notice to the other side.
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { takeOutOfCirculation } from "./closure";
import { auditRowsOf } from "./export-record";

/** The name a deleted account keeps: neutral, the same for everyone. */
export const deletedUserName = "Pengguna dihapus";

export function deletedUserEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}

/** Run inside one transaction: either all of it happens or none of it. */
export async function deleteAccount(tx: DbClient, userId: string, now: Date = new Date()): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, deletedAt: true } });
  if (!user || user.deletedAt) throw new UserFacingError("MyAccount.alreadyDeleted");

  await tx.signInAttempt.deleteMany({ where: { email: user.email } });
  await tx.auditLog.updateMany({ where: auditRowsOf(userId), data: { ip: null, data: Prisma.DbNull } });
  // Entries by no one (e.g. a failed sign-in) or about someone else may still name the email
  // in their details; those details go too. The IP of an entry without an actor was the
  // person who typed this email, so it goes with them.
  await tx.$executeRaw`
    UPDATE "AuditLog"
       SET "data" = NULL, "ip" = CASE WHEN "actorId" IS NULL THEN NULL ELSE "ip" END
     WHERE "data" IS NOT NULL AND strpos(lower("data"::text), ${user.email}) > 0`;
  // The business leaves circulation while its owner link still says whose it was; its audit
  // rows (recorded just now, by this user) carry no personal details.
  await takeOutOfCirculation(tx, userId, now);
  // Notifications are the person's own messages (with names and their email's content): they go,
  // and with them any email still queued for them, including a notice the closure just addressed
  // to this person (someone on both sides of a thread).
  const notifications = await tx.notification.findMany({ where: { userId }, select: { id: true } });
  await tx.job.deleteMany({ where: { key: { in: notifications.map((notification) => `email:${notification.id}`) }, doneAt: null } });
  await tx.notification.deleteMany({ where: { userId } });
  await tx.enterprise.updateMany({
    where: { ownerId: userId },
    data: { ownerId: null, phone: null, whatsapp: null, email: null },
  });
  await tx.user.update({
    where: { id: userId },
    data: {
      email: deletedUserEmail(userId),
      name: deletedUserName,
      phone: null,
      passwordHash: null,
      status: "DEACTIVATED",
      deletedAt: now,
      emailVerifiedAt: null,
      lastSignInAt: null,
      buyerOrganizationId: null,
      partnerOrganizationId: null,
    },
    select: { id: true },
  });
  // The programme's record that the deletion happened: no IP, no details.
  await recordAudit(tx, { actorId: userId, action: "user.delete", entityType: "User", entityId: userId });
}
