// The renewal reminder job: 60, 30 and 7 days before a certificate expires, its enterprise's
// owner gets a notification and an email. The CertificateReminder row is inserted FIRST and the
// notification is made only when that insert won (keyed by that row), so two runs (even at the
// same moment) never send one twice; the email goes through the job queue, which retries it.
import "server-only";
import { isUniqueViolation } from "@/lib/db-errors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { notify } from "@/lib/notifications/notify";
import { siteConfig } from "@/lib/site";
import { reminderDays, reminderDue } from "./formats";
import { renderReminderMail } from "./reminder-mail";

export interface ReminderRunResult {
  /** Certificates whose expiry falls in the reminder window. */
  checked: number;
  sent: number;
  /** Due, but another run had already claimed it. */
  alreadyClaimed: number;
  /** Due, but the enterprise has no active owner to write to. */
  noRecipient: number;
  /** The notification could not be made (the claim is given back for the next run). */
  failed: number;
}

const dayMs = 24 * 60 * 60 * 1000;

async function claim(certificateId: string, daysBefore: number): Promise<string | null> {
  try {
    const row = await db.certificateReminder.create({ data: { certificateId, daysBefore }, select: { id: true } });
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error, "daysBefore") || isUniqueViolation(error, "certificateId")) return null;
    throw error;
  }
}

export async function sendCertificateReminders(today: Date = new Date()): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { checked: 0, sent: 0, alreadyClaimed: 0, noRecipient: 0, failed: 0 };
  const longest = Math.max(...reminderDays);
  const certificates = await db.certificate.findMany({
    where: { expiresAt: { gte: new Date(today.getTime() - 2 * dayMs), lte: new Date(today.getTime() + (longest + 2) * dayMs) } },
    select: {
      id: true,
      type: true,
      name: true,
      number: true,
      expiresAt: true,
      reminders: { select: { daysBefore: true } },
      enterprise: { select: { owner: { select: { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } } } },
    },
  });
  const site = siteConfig();
  const path = "/ikm/sertifikat";
  const link = `${env().appUrl}${path}`;
  for (const certificate of certificates) {
    const expiresAt = certificate.expiresAt;
    if (!expiresAt) continue;
    result.checked += 1;
    const due = reminderDue(expiresAt, today, certificate.reminders.map((reminder) => reminder.daysBefore));
    if (due === null) continue;
    const reminderId = await claim(certificate.id, due);
    if (!reminderId) {
      result.alreadyClaimed += 1;
      continue;
    }
    const owner = certificate.enterprise.owner;
    if (!owner || owner.status !== "ACTIVE" || owner.deletedAt) {
      result.noRecipient += 1;
      continue;
    }
    try {
      await notify(db, {
        recipients: [owner],
        kind: "CERTIFICATE_EXPIRY",
        link: path,
        dedupeKey: `certificate-reminder:${reminderId}`,
        render: (recipient) => {
          const email = renderReminderMail(
            { name: recipient.name, type: certificate.type, certificateName: certificate.name, number: certificate.number, expiresAt, daysBefore: due, link },
            recipient.locale,
            { productName: site.productName, officeName: site.officeName },
          );
          return { title: email.subject, body: email.text.split("\n\n")[1] ?? email.subject, email };
        },
      });
      result.sent += 1;
    } catch (error) {
      // Give the claim back so the next run tries again.
      await db.certificateReminder.delete({ where: { id: reminderId } }).catch(() => undefined);
      console.error("Making a certificate reminder failed", { certificateId: certificate.id, daysBefore: due, error });
      result.failed += 1;
    }
  }
  await processPendingJobs();
  return result;
}
