// Creating notifications: one row per recipient (the same happening twice adds nothing: the
// dedupe key is unique) and, for recipients who did not choose the daily digest, an "email" job
// carrying the rendered message, so the send is retried by the queue when it fails. Runs inside
// the caller's transaction when given one; call processPendingJobs() after the commit to send
// at once.
import "server-only";
import type { DbClient } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { enqueue } from "@/lib/jobs/queue";
import type { OutgoingMail } from "@/lib/mail/transport";
import { emailQueue, type EmailJobPayload } from "./email-job";

export interface NotificationRecipient {
  id: string;
  email: string;
  name: string;
  locale: AppLocale;
}

export interface RenderedNotification {
  title: string;
  body: string;
  /** The email sent for it (omitted: shown in the centre and the digest only). */
  email?: Omit<OutgoingMail, "to">;
}

export interface NotifyInput<R extends NotificationRecipient> {
  recipients: readonly R[];
  kind: NotificationKind;
  /** Path on this site (the email carries the full address). */
  link: string | null;
  /** Names the happening; the recipient's id is appended, e.g. "meeting-request:<id>". */
  dedupeKey: string;
  render: (recipient: R) => RenderedNotification;
}

export const dedupeKeyFor = (dedupeKey: string, userId: string) => `${dedupeKey}:${userId}`;

/** Returns how many notifications were new. */
export async function notify<R extends NotificationRecipient>(tx: DbClient, input: NotifyInput<R>): Promise<number> {
  const recipients = [...new Map(input.recipients.map((recipient) => [recipient.id, recipient])).values()];
  if (recipients.length === 0) return 0;
  const rendered = new Map(recipients.map((recipient) => [recipient.id, input.render(recipient)]));
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map((recipient) => {
      const { title, body } = rendered.get(recipient.id)!;
      return { userId: recipient.id, kind: input.kind, title, body, link: input.link, dedupeKey: dedupeKeyFor(input.dedupeKey, recipient.id) };
    }),
    skipDuplicates: true,
    select: { id: true, userId: true },
  });
  if (created.length === 0) return 0;
  const digestUsers = await tx.user.findMany({ where: { id: { in: created.map((row) => row.userId) }, emailDigest: true }, select: { id: true } });
  const inDigest = new Set(digestUsers.map((user) => user.id));
  const byId = new Map(recipients.map((recipient) => [recipient.id, recipient]));
  await enqueue(
    tx,
    created.flatMap((row) => {
      const email = rendered.get(row.userId)?.email;
      const recipient = byId.get(row.userId);
      if (!email || !recipient || inDigest.has(row.userId)) return [];
      const payload = { notificationId: row.id, mail: { ...email, to: recipient.email } } satisfies EmailJobPayload;
      return [{ queue: emailQueue, key: `email:${row.id}`, payload }];
    }),
  );
  return created.length;
}
