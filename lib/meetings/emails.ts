// Emails about meeting requests and the schedule, sent after the transaction commits: a new
// request goes to the other side's accounts, an answer to the requester's; a published schedule
// to every participant with a meeting in it. In each recipient's language, in the shared
// mail look. A failed delivery is logged, never shown as a failure of the request that was saved.
import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { catalogs } from "@/lib/i18n/messages";
import { layoutMail } from "@/lib/mail/layout";
import { deliver } from "@/lib/mail/transport";
import { siteConfig } from "@/lib/site";

const accountSelect = { email: true, name: true, locale: true, status: true, deletedAt: true } as const;
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
type Account = { email: string; name: string; locale: "id" | "en"; status: string; deletedAt: Date | null };

const nameOf = (party: PartyRow) => party.enterprise?.brandName ?? party.enterprise?.legalName ?? party.buyer?.name ?? "";
const accountsOf = (party: PartyRow) =>
  (party.enterprise ? [party.enterprise.owner] : (party.buyer?.users ?? [])).filter((account): account is Account => !!account && account.status === "ACTIVE" && !account.deletedAt);

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
    await sendTo(accountsOf(recipients), `${env().appUrl}/peserta/acara/${meeting.event.slug}/permintaan`, (t) => ({
      subject: t(`MeetingRequests.mail.${kind}Subject`, values),
      intro: t(`MeetingRequests.mail.${kind}Intro`, values),
      action: t("MeetingRequests.mail.action"),
    }));
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
        participants: {
          where: { status: "APPROVED", OR: [{ smeMeetings: { some: { status: "SCHEDULED" } } }, { buyerMeetings: { some: { status: "SCHEDULED" } } }] },
          select: partySelect,
          orderBy: { id: "asc" },
        },
      },
    });
    if (!event) return;
    const link = `${env().appUrl}/peserta/acara/${event.slug}/agenda`;
    for (const participant of event.participants) {
      await sendTo(accountsOf(participant), link, (t) => ({
        subject: t("Schedule.mail.subject", { event: event.title }),
        intro: t("Schedule.mail.intro", { event: event.title }),
        action: t("Schedule.mail.action"),
      }));
    }
  } catch (error) {
    console.error("Preparing schedule emails failed", { eventId, error });
  }
}

type Translate = ReturnType<typeof createTranslator<(typeof catalogs)["id"]>>;

async function sendTo(accounts: Account[], link: string, content: (t: Translate) => { subject: string; intro: string; action: string }): Promise<void> {
  const site = siteConfig();
  for (const account of accounts) {
    const t = createTranslator({ locale: account.locale, messages: catalogs[account.locale] });
    const { subject, intro, action } = content(t);
    const rendered = layoutMail(
      { subject, recipientName: account.name, blocks: [intro], action: { label: action, link }, notes: [t("MeetingRequests.mail.note")] },
      account.locale,
      { productName: site.productName, officeName: site.officeName },
    );
    try {
      await deliver({ to: account.email, ...rendered });
    } catch (error) {
      console.error("Sending a meeting email failed", { subject, error });
    }
  }
}
