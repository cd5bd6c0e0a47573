// The "email" queue's handler: sends the message a notification carries and marks the
// notification emailed. A delivery error is thrown on, so the queue retries the job later.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliver, type OutgoingMail } from "@/lib/mail/transport";

export const emailQueue = "email";

export interface EmailJobPayload {
  notificationId: string;
  mail: OutgoingMail;
}

function isEmailJobPayload(value: Prisma.JsonValue): value is Prisma.JsonObject & EmailJobPayload {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const mail = value.mail;
  return typeof value.notificationId === "string" && typeof mail === "object" && mail !== null && !Array.isArray(mail) && typeof mail.to === "string";
}

export async function sendNotificationEmail(payload: Prisma.JsonValue): Promise<void> {
  if (!isEmailJobPayload(payload)) throw new Error("Malformed email job payload");
  const notification = await db.notification.findUnique({ where: { id: payload.notificationId }, select: { emailedAt: true } });
  // Gone with its user, or already sent (a lease that ran out after the send): nothing to do.
  if (!notification || notification.emailedAt) return;
  await deliver(payload.mail);
  await db.notification.update({ where: { id: payload.notificationId }, data: { emailedAt: new Date() } });
}
