// The daily digest: users who chose it get no email per notification but one email a day
// listing what they have not been emailed yet. One digest job per user and WIB day (keyed), so
// running the digest twice a day, or on two machines, sends it once.
import "server-only";
import { createTranslator } from "next-intl";
import { db, type DbClient } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { catalogs } from "@/lib/i18n/messages";
import { enqueue } from "@/lib/jobs/queue";
import { layoutMail } from "@/lib/mail/layout";
import { deliver } from "@/lib/mail/transport";
import { siteConfig } from "@/lib/site";
import { notificationCentrePath } from "./paths";

export const digestQueue = "digest";

/** WIB is UTC+7 all year, so its calendar day needs no Intl: "YYYY-MM-DD". */
export function jakartaDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Enqueues today's digest for every digest user with something not yet emailed; returns how many were new. */
export async function enqueueDigests(tx: DbClient = db, now: Date = new Date()): Promise<number> {
  const users = await tx.user.findMany({
    where: { emailDigest: true, status: "ACTIVE", deletedAt: null, notifications: { some: { emailedAt: null } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const day = jakartaDate(now);
  return enqueue(
    tx,
    users.map((user) => ({ queue: digestQueue, key: `digest:${user.id}:${day}`, payload: { userId: user.id } })),
  );
}

export async function sendDigest(payload: Prisma.JsonValue): Promise<void> {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload) || typeof payload.userId !== "string") {
    throw new Error("Malformed digest job payload");
  }
  const user = await db.user.findUnique({
    where: { id: payload.userId },
    select: {
      email: true,
      name: true,
      locale: true,
      status: true,
      deletedAt: true,
      notifications: { where: { emailedAt: null }, select: { id: true, title: true, body: true }, orderBy: { createdAt: "asc" }, take: 100 },
    },
  });
  if (!user || user.status !== "ACTIVE" || user.deletedAt || user.notifications.length === 0) return;
  const t = createTranslator({ locale: user.locale, messages: catalogs[user.locale], namespace: "Notifications.digest" });
  const site = siteConfig();
  const rendered = layoutMail(
    {
      subject: t("subject", { count: user.notifications.length }),
      recipientName: user.name,
      blocks: [t("intro", { count: user.notifications.length }), ...user.notifications.map((item) => `${item.title}\n${item.body}`)],
      action: { label: t("action"), link: `${env().appUrl}${notificationCentrePath}` },
      notes: [t("note")],
    },
    user.locale,
    { productName: site.productName, officeName: site.officeName },
  );
  await deliver({ to: user.email, ...rendered });
  await db.notification.updateMany({ where: { id: { in: user.notifications.map((item) => item.id) }, emailedAt: null }, data: { emailedAt: new Date() } });
}
