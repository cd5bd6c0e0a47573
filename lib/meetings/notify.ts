// Notifications (with an email) about meeting requests and the schedule, made after the
// transaction commits: a new request goes to the other side's accounts, an answer to the
// requester's; a published schedule to every participant with a meeting in it. In each
// recipient's language, in the shared mail look. Sending goes through the job queue (retried on
// failure), never shown as a failure of the request that was saved.
import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { catalogs } from "@/lib/i18n/messages";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { notify } from "@/lib/notifications/notify";
import { activeAccounts, renderSimpleNotification } from "@/lib/notifications/simple";

const accountSelect = { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } as const;
const partySelect = {
  id: true,
  enterprise: { select: { legalName: true, brandName: true, owner: { select: accountSelect } } },
  buyer: { select: { name: true, users: { select: accountSelect } } },
} as const satisfies Prisma.EventParticipantSelect;

type PartyRow = {
  id: string;
  enterprise: { legalName: string; brandName: string | null; owner: Account | null } | null;
  buyer: { name: string; users: Account[] } | null;
};
type Account = { id: string; email: string; name: string; locale: "id" | "en"; status: string; deletedAt: Date | null };

const nameOf = (party: PartyRow) => party.enterprise?.brandName ?? party.enterprise?.legalName ?? party.buyer?.name ?? "";
const accountsOf = (party: PartyRow) => activeAccounts(party.enterprise ? [party.enterprise.owner] : (party.buyer?.users ?? []));

export async function notifyMeetingRequest(meetingId: string, kind: "request" | "accepted" | "declined"): Promise<void> {
  try {
    const meeting = await db.meeting.findUnique({
      where: { id: meetingId },
      select: {
        requestedById: true,
        event: { select: { title: true, slug: true } },
        smeParticipant: { select: partySelect },
        buyerParticipant: { select: partySelect },
      },
    });
    if (!meeting?.requestedById) return;
    const [sme, buyer] = [meeting.smeParticipant, meeting.buyerParticipant];
    const requester = sme.id === meeting.requestedById ? sme : buyer;
    const other = requester === sme ? buyer : sme;
    const recipients = kind === "request" ? other : requester;
    const author = kind === "request" ? requester : other;
    const values = { party: nameOf(author), event: meeting.event.title };
    const happening = { kind: "MEETING_REQUEST" as const, dedupeKey: `meeting-${kind}:${meetingId}` };
    await sendTo(accountsOf(recipients), happening, `/peserta/acara/${meeting.event.slug}/permintaan`, (t) => ({
      subject: t(`MeetingRequests.mail.${kind}Subject`, values),
      intro: t(`MeetingRequests.mail.${kind}Intro`, values),
      action: t("MeetingRequests.mail.action"),
    }));
    await processPendingJobs();
  } catch (error) {
    console.error("Preparing meeting request emails failed", { meetingId, kind, error });
  }
}

/** Tells every participant with a placed meeting that their agenda is ready. */
export async function notifySchedulePublished(eventId: string): Promise<void> {
  try {
    const event = await db.event.findUnique({
      where: { id: eventId },
      select: {
        title: true,
        slug: true,
        schedulePublishedAt: true,
        participants: {
          // Every party with a seat at a placed meeting: both sides, and a group meeting's members.
          where: { status: "APPROVED", seats: { some: { meeting: { status: "SCHEDULED" } } } },
          select: partySelect,
          orderBy: { id: "asc" },
        },
      },
    });
    if (!event) return;
    const link = `/peserta/acara/${event.slug}/agenda`;
    // A schedule published again (after changes) is news again; the same publication is not.
    const happening = { kind: "SCHEDULE_PUBLISHED" as const, dedupeKey: `schedule:${eventId}:${event.schedulePublishedAt?.getTime() ?? 0}` };
    for (const participant of event.participants) {
      await sendTo(accountsOf(participant), happening, link, (t) => ({
        subject: t("Schedule.mail.subject", { event: event.title }),
        intro: t("Schedule.mail.intro", { event: event.title }),
        action: t("Schedule.mail.action"),
      }));
    }
    await processPendingJobs();
  } catch (error) {
    console.error("Preparing schedule emails failed", { eventId, error });
  }
}

type Translate = ReturnType<typeof createTranslator<(typeof catalogs)["id"]>>;

async function sendTo(
  accounts: Account[],
  happening: { kind: NotificationKind; dedupeKey: string },
  link: string,
  content: (t: Translate) => { subject: string; intro: string; action: string },
): Promise<void> {
  await notify(db, {
    recipients: accounts,
    ...happening,
    link,
    render: (account) => {
      const t = createTranslator({ locale: account.locale, messages: catalogs[account.locale] });
      return renderSimpleNotification(account, { ...content(t), link, notes: [t("MeetingRequests.mail.note")] });
    },
  });
}
