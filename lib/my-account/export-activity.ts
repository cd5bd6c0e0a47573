// The personal-data download's event activity of one side (an SME's enterprise or a buyer's
// organisation): its registrations, the matches its page shows, and its meetings with only its
// own side of the result. What staff keep about a match (notes, suggestions not shown, vetoes)
// and what the other side recorded (its outcome, value and notes) are theirs, not this person's.
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownMatchesWhere } from "@/lib/matching/queries";
import { enterpriseName, parseComponents, topComponents } from "@/lib/matching/engine/stored";

export type Side = { kind: "SME"; enterpriseId: string } | { kind: "BUYER"; buyerId: string };

const eventSelect = { slug: true, title: true, startsAt: true } satisfies Prisma.EventSelect;

const participationSelect = {
  id: true,
  kind: true,
  status: true,
  applicationNote: true,
  decidedAt: true,
  unavailableSlots: true,
  checkedInAt: true,
  createdAt: true,
  event: { select: eventSelect },
} satisfies Prisma.EventParticipantSelect;

const matchSelect = {
  id: true,
  score: true,
  components: true,
  smeResponse: true,
  buyerResponse: true,
  createdAt: true,
  event: { select: eventSelect },
  enterprise: { select: { legalName: true, brandName: true } },
  buyer: { select: { name: true } },
  sourcingRequest: { select: { title: true } },
} satisfies Prisma.MatchSelect;

const meetingSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  tableNumber: true,
  createdAt: true,
  smeOutcome: true,
  smeValueRupiah: true,
  buyerOutcome: true,
  buyerValueRupiah: true,
  event: { select: { ...eventSelect, schedulePublishedAt: true } },
  smeParticipant: { select: { enterprise: { select: { legalName: true, brandName: true } } } },
  buyerParticipant: { select: { buyer: { select: { name: true } } } },
} satisfies Prisma.MeetingSelect;

export async function exportSideActivity(client: DbClient, side: Side) {
  const isSme = side.kind === "SME";
  const party = isSme ? { enterpriseId: side.enterpriseId } : { buyerId: side.buyerId };
  const [participations, matches, meetings] = await Promise.all([
    client.eventParticipant.findMany({ where: party, select: participationSelect, orderBy: { createdAt: "asc" } }),
    client.match.findMany({
      where: isSme ? ownMatchesWhere("sme", side.enterpriseId) : ownMatchesWhere("buyer", side.buyerId),
      select: matchSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    client.meeting.findMany({
      where: isSme ? { smeParticipant: party } : { buyerParticipant: party },
      select: meetingSelect,
      orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }],
    }),
  ]);

  return {
    participations,
    matches: matches.map((match) => ({
      id: match.id,
      event: match.event,
      otherParty: isSme ? match.buyer.name : enterpriseName(match.enterprise),
      sourcingRequest: match.sourcingRequest?.title ?? null,
      score: match.score,
      // The reasons the match card shows (its top four), not staff's whole scoring record.
      reasons: topComponents(parseComponents(match.components), 4).map((component) => component.explanation),
      ownResponse: isSme ? match.smeResponse : match.buyerResponse,
      createdAt: match.createdAt,
    })),
    meetings: meetings.map((meeting) => {
      // Places are shown to participants only once staff published the schedule.
      const published = meeting.event.schedulePublishedAt !== null;
      const enterprise = meeting.smeParticipant.enterprise;
      return {
        id: meeting.id,
        event: { slug: meeting.event.slug, title: meeting.event.title, startsAt: meeting.event.startsAt },
        side: side.kind,
        otherParty: isSme ? (meeting.buyerParticipant.buyer?.name ?? null) : enterprise ? enterpriseName(enterprise) : null,
        status: meeting.status,
        startsAt: published ? meeting.startsAt : null,
        endsAt: published ? meeting.endsAt : null,
        tableNumber: published ? meeting.tableNumber : null,
        ownOutcome: isSme ? meeting.smeOutcome : meeting.buyerOutcome,
        ownValueRupiah: isSme ? meeting.smeValueRupiah : meeting.buyerValueRupiah,
        createdAt: meeting.createdAt,
      };
    }),
  };
}
