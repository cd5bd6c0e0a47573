// The notification centre's writes; the user's id is always in the where, so a user can only
// ever change their own notifications.
import type { DbClient } from "@/lib/db";

export async function markRead(tx: DbClient, userId: string, notificationId: string, now: Date = new Date()): Promise<number> {
  const { count } = await tx.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: now } });
  return count;
}

export async function markAllRead(tx: DbClient, userId: string, now: Date = new Date()): Promise<number> {
  const { count } = await tx.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}

export async function setEmailDigest(tx: DbClient, userId: string, emailDigest: boolean): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { emailDigest }, select: { id: true } });
}
