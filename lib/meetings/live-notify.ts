// Tells every party of a meeting (all parties of a group) what the event day changed for them, at
// once, after the transaction commits: a meeting placed live (a walk-in, or a waiting request that
// found a freed slot) and a meeting taken out (cancelled, a no-show, or an absence). In-app
// notification plus an email through the job queue, in each account's language, like every other
// meeting notification; the link opens the updated agenda. A failure here is logged, never shown
// as a failure of the change that was saved.
import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { catalogs } from "@/lib/i18n/messages";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { notify } from "@/lib/notifications/notify";
import { activeAccounts, renderSimpleNotification } from "@/lib/notifications/simple";
import type { FreedMeeting } from "./live-happenings";

const accountSelect = { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } as const;
const partySelect = {
  id: true,
  enterprise: { select: { legalName: true, brandName: true, owner: { select: accountSelect } } },
  buyer: { select: { name: true, users: { select: accountSelect } } },
} as const;

type Party = {
  id: string;
  enterprise: { legalName: string; brandName: string | null; owner: Account | null } | null;
  buyer: { name: string; users: Account[] } | null;
};
type Account = { id: string; email: string; name: string; locale: "id" | "en"; status: string; deletedAt: Date | null };

const nameOf = (party: Party) => party.enterprise?.brandName ?? party.enterprise?.legalName ?? party.buyer?.name ?? "";
const accountsOf = (party: Party) => activeAccounts(party.enterprise ? [party.enterprise.owner] : (party.buyer?.users ?? []));

type Change = { meetingId: string; kind: "placed" } | { meetingId: string; kind: "freed"; reason: FreedMeeting["reason"]; absentParticipantId?: string };

/** One notification per account of every party of each meeting changed. */
export async function notifyLiveChanges({ placed, freed }: { placed: readonly string[]; freed: readonly FreedMeeting[] }): Promise<void> {
  const changes: Change[] = [
    ...placed.map((meetingId) => ({ meetingId, kind: "placed" as const })),
    ...freed.map((meeting) => ({ meetingId: meeting.id, kind: "freed" as const, reason: meeting.reason, absentParticipantId: meeting.absentParticipantId })),
  ];
  if (changes.length === 0) return;
  try {
    const meetings = await db.meeting.findMany({
      where: { id: { in: changes.map((change) => change.meetingId) } },
      select: {
        id: true,
        startsAt: true,
        tableNumber: true,
        updatedAt: true,
        event: { select: { title: true, slug: true } },
        smeParticipantId: true,
        buyerParticipantId: true,
        seats: { select: { participant: { select: partySelect } }, orderBy: { participantId: "asc" } },
      },
    });
    const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    for (const change of changes) {
      const meeting = byId.get(change.meetingId);
      if (!meeting) continue;
      // The lead SME, the buyer or host, then the further members: the order every list shows.
      const rank = (id: string) => (id === meeting.smeParticipantId ? 0 : id === meeting.buyerParticipantId ? 1 : 2);
      const parties = meeting.seats.map((seat) => seat.participant).sort((x, y) => rank(x.id) - rank(y.id));
      const link = `/peserta/acara/${meeting.event.slug}/agenda`;
      for (const party of parties) {
        // The party that is absent is not told about its own absence's consequences here.
        if (change.kind === "freed" && change.absentParticipantId === party.id) continue;
        const others = parties.filter((other) => other.id !== party.id).map(nameOf).join(", ");
        await notify(db, {
          recipients: accountsOf(party),
          kind: "SCHEDULE_PUBLISHED",
          link,
          dedupeKey: `live-${change.kind}:${meeting.id}:${meeting.updatedAt.getTime()}:${party.id}`,
          render: (account) => {
            const t = createTranslator({ locale: account.locale, messages: catalogs[account.locale] });
            const values = { party: others, event: meeting.event.title };
            const content =
              change.kind === "placed" && meeting.startsAt && meeting.tableNumber !== null
                ? {
                    subject: t("LiveDay.mail.placedSubject", values),
                    intro: t("LiveDay.mail.placedIntro", { ...values, time: formatDateTime(meeting.startsAt, account.locale), table: meeting.tableNumber }),
                  }
                : { subject: t("LiveDay.mail.freedSubject", values), intro: t(`LiveDay.mail.freedIntro.${change.kind === "freed" ? change.reason : "cancelled"}`, values) };
            return renderSimpleNotification(account, { ...content, action: t("LiveDay.mail.action"), link, notes: [t("MeetingRequests.mail.note")] });
          },
        });
      }
    }
    await processPendingJobs();
  } catch (error) {
    console.error("Preparing event-day notifications failed", { placed, freed, error });
  }
}
