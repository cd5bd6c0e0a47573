import "server-only";
import { db } from "@/lib/db";
import { pageCountOf, type Paginated, pageWindow } from "@/lib/pagination";

export const notificationPageSize = 20;

export type NotificationItem = { id: string; kind: string; title: string; body: string; link: string | null; readAt: Date | null; createdAt: Date };

/** The user's notifications, newest first. */
export async function listNotifications(userId: string, page: number): Promise<Paginated<NotificationItem>> {
  const [total, items] = await Promise.all([
    db.notification.count({ where: { userId } }),
    db.notification.findMany({
      where: { userId },
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(page, notificationPageSize),
    }),
  ]);
  return { items, total, page, pageSize: notificationPageSize, pageCount: pageCountOf(total, notificationPageSize) };
}

export async function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function emailDigestOf(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailDigest: true } });
  return user?.emailDigest ?? false;
}
