// Staff's decisions on registrations, told after the transaction commits as notifications with
// an email (lib/notifications): an approval (with the event as an .ics calendar attachment), a
// place on the waitlist, or a rejection. Each goes to the people of the participant's party (the
// SME's owner; every user of the buyer or partner organisation), in their own language. Sending
// goes through the job queue, so a failed delivery is retried, never shown as a failure of the
// decision that was saved.
import "server-only";
import { createTranslator } from "next-intl";
import { calendarFile } from "@/lib/calendar/ics";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTimeRange } from "@/lib/i18n/format";
import { catalogs } from "@/lib/i18n/messages";
import { layoutMail, type MailSite } from "@/lib/mail/layout";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import type { OutgoingMail } from "@/lib/mail/transport";
import { notify } from "@/lib/notifications/notify";
import { activeAccounts } from "@/lib/notifications/simple";
import { siteConfig } from "@/lib/site";
import type { DecisionResult } from "./mutations";
import type { ParticipantDecision } from "./schemas";

export type MailAttachment = { filename: string; content: string; contentType: string };
export type DecisionMail = OutgoingMail & { attachments: MailAttachment[] };

type MailEvent = { id: string; slug: string; title: string; venue: string; venueAddress: string | null; startsAt: Date; endsAt: Date };

/** The event as a calendar file; its UID stays the same, so a second copy updates the first. */
export function eventCalendar(event: MailEvent, appUrl: string): MailAttachment {
  const content = calendarFile(
    [
      {
        uid: `event-${event.id}@temu-usaha`,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        summary: event.title,
        location: [event.venue, event.venueAddress].filter(Boolean).join(", "),
        url: `${appUrl}/acara/${event.slug}`,
      },
    ],
    { name: event.title },
  );
  return { filename: `${event.slug}.ics`, content, contentType: "text/calendar; charset=utf-8; method=PUBLISH" };
}

/** One decision email, rendered. Pure apart from the clock the calendar stamps. */
export function renderDecisionMail(
  decision: ParticipantDecision,
  recipient: { email: string; name: string; locale: AppLocale },
  event: MailEvent,
  partyName: string,
  site: MailSite & { appUrl: string },
): DecisionMail {
  const t = createTranslator({ locale: recipient.locale, messages: catalogs[recipient.locale], namespace: "EventRegistration.mail" });
  const values = { event: event.title, party: partyName };
  const rendered = layoutMail(
    {
      subject: t(`${decision}.subject`, values),
      recipientName: recipient.name,
      blocks: [
        t(`${decision}.intro`, values),
        {
          facts: [
            [t("when"), formatDateTimeRange(event.startsAt, event.endsAt, recipient.locale)],
            [t("where"), [event.venue, event.venueAddress].filter(Boolean).join(", ")],
          ],
        },
        t(`${decision}.next`),
      ],
      action: { label: t("action"), link: `${site.appUrl}/peserta/acara/${event.slug}` },
      notes: decision === "approve" ? [t("calendarNote")] : [],
    },
    recipient.locale,
    site,
  );
  return { to: recipient.email, ...rendered, attachments: decision === "approve" ? [eventCalendar(event, site.appUrl)] : [] };
}

const recipientSelect = { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } as const;
const activeUsers = { where: { status: "ACTIVE" as const, deletedAt: null }, select: recipientSelect, orderBy: { email: "asc" as const } };

/** Notifies (and emails) the decided participants' people; never throws. */
export async function notifyDecision(result: DecisionResult): Promise<void> {
  try {
    const event = await db.event.findUnique({
      where: { id: result.eventId },
      select: { id: true, slug: true, title: true, venue: true, venueAddress: true, startsAt: true, endsAt: true },
    });
    if (!event) return;
    const participants = await db.eventParticipant.findMany({
      where: { id: { in: result.participantIds } },
      select: {
        id: true,
        decidedAt: true,
        enterprise: { select: { legalName: true, brandName: true, owner: { select: recipientSelect } } },
        buyer: { select: { name: true, users: activeUsers } },
        partnerOrganization: { select: { name: true, users: activeUsers } },
      },
    });
    const site = { ...siteConfig(), appUrl: env().appUrl };
    for (const participant of participants) {
      const { enterprise, buyer, partnerOrganization } = participant;
      const partyName = enterprise ? (enterprise.brandName ?? enterprise.legalName) : (buyer?.name ?? partnerOrganization?.name ?? "");
      const people = activeAccounts(enterprise ? [enterprise.owner] : (buyer?.users ?? partnerOrganization?.users ?? []));
      await notify(db, {
        recipients: people,
        kind: "REGISTRATION_DECISION",
        link: `/peserta/acara/${event.slug}`,
        dedupeKey: `registration:${participant.id}:${result.decision}:${participant.decidedAt?.getTime() ?? 0}`,
        render: (person) => {
          const t = createTranslator({ locale: person.locale, messages: catalogs[person.locale], namespace: "EventRegistration.mail" });
          const email = renderDecisionMail(result.decision, person, event, partyName, site);
          return { title: email.subject, body: t(`${result.decision}.intro`, { event: event.title, party: partyName }), email };
        },
      });
    }
    await processPendingJobs();
  } catch (error) {
    console.error("Preparing registration decision emails failed", { eventId: result.eventId, error });
  }
}
