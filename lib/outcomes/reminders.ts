// The stale follow-up reminder job: a follow-up not updated for followUpStaleDays gets one email
// to each side, once per staleness (recording a newer result moves outcomeAt past the reminder
// and starts a new wait). The meeting is claimed FIRST by a conditional UPDATE of
// followUpRemindedAt and mail goes out only when that claim won, so two runs never send twice.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { partyName, partyNameSelect } from "@/lib/agenda/parties";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { deliver } from "@/lib/mail/transport";
import { siteConfig } from "@/lib/site";
import { sqlTimestamp } from "./mutations";
import { renderFollowUpReminder } from "./reminder-mail";
import { followUpStages, staleBefore } from "./stages";

export interface FollowUpReminderResult {
  due: number;
  sent: number;
  alreadyClaimed: number;
  failed: number;
}

const recipientSelect = { email: true, name: true, locale: true, status: true, deletedAt: true } as const;
function reachable<User extends { status: string; deletedAt: Date | null }>(user: User | null | undefined): user is User {
  return !!user && user.status === "ACTIVE" && !user.deletedAt;
}

/** Due: a follow-up stage, stale, and not reminded since its last update. */
function dueWhere(now: Date) {
  return Prisma.sql`"status" = 'HELD' AND "outcome"::text IN (${Prisma.join([...followUpStages])})
    AND "outcomeAt" < ${sqlTimestamp(staleBefore(now))}
    AND ("followUpRemindedAt" IS NULL OR "followUpRemindedAt" < "outcomeAt")`;
}

async function claim(meetingId: string, now: Date): Promise<boolean> {
  const won = await db.$executeRaw`UPDATE "Meeting" SET "followUpRemindedAt" = ${sqlTimestamp(now)} WHERE "id" = ${meetingId} AND ${dueWhere(now)}`;
  return won === 1;
}

export async function sendFollowUpReminders(now: Date = new Date()): Promise<FollowUpReminderResult> {
  const result: FollowUpReminderResult = { due: 0, sent: 0, alreadyClaimed: 0, failed: 0 };
  const due = await db.$queryRaw<{ id: string; followUpRemindedAt: Date | null }[]>`
    SELECT "id", "followUpRemindedAt" FROM "Meeting" WHERE ${dueWhere(now)} ORDER BY "outcomeAt" LIMIT 500`;
  result.due = due.length;
  if (due.length === 0) return result;
  const meetings = await db.meeting.findMany({
    where: { id: { in: due.map((row) => row.id) } },
    select: {
      id: true,
      outcome: true,
      outcomeAt: true,
      event: { select: { slug: true, title: true } },
      smeParticipant: { select: { ...partyNameSelect, enterprise: { select: { legalName: true, brandName: true, owner: { select: recipientSelect } } } } },
      buyerParticipant: { select: { ...partyNameSelect, buyer: { select: { name: true, users: { select: recipientSelect, orderBy: { email: "asc" } } } } } },
    },
  });
  const site = siteConfig();
  const previous = new Map(due.map((row) => [row.id, row.followUpRemindedAt]));
  for (const meeting of meetings) {
    if (!meeting.outcome || !meeting.outcomeAt) continue;
    if (!(await claim(meeting.id, now))) {
      result.alreadyClaimed += 1;
      continue;
    }
    const link = `${env().appUrl}/peserta/acara/${meeting.event.slug}/agenda`;
    const smeName = partyName(meeting.smeParticipant);
    const buyerName = partyName(meeting.buyerParticipant);
    const recipients = [
      ...[meeting.smeParticipant.enterprise?.owner].filter(reachable).map((user) => ({ user, otherParty: buyerName })),
      ...(meeting.buyerParticipant.buyer?.users ?? []).filter(reachable).map((user) => ({ user, otherParty: smeName })),
    ];
    try {
      for (const { user, otherParty } of recipients) {
        const mail = renderFollowUpReminder(
          { recipientName: user.name, otherParty, eventTitle: meeting.event.title, outcome: meeting.outcome, updatedAt: meeting.outcomeAt, link },
          user.locale,
          { productName: site.productName, officeName: site.officeName },
        );
        await deliver({ to: user.email, ...mail });
      }
      await recordAudit(db, { actorId: null, action: "follow-up.remind", entityType: "Meeting", entityId: meeting.id, data: { recipients: recipients.length } });
      result.sent += 1;
    } catch (error) {
      // Give the claim back so the next run tries again (a recipient may then get it twice; a
      // missed reminder is worse).
      await db.meeting.update({ where: { id: meeting.id }, data: { followUpRemindedAt: previous.get(meeting.id) ?? null } }).catch(() => undefined);
      console.error("Sending a follow-up reminder failed", { meetingId: meeting.id, error });
      result.failed += 1;
    }
  }
  return result;
}
