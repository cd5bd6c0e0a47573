// Reads for agendas: a participant's own published meetings (found only through their own
// registration, lib/events/participation.ts), and the staff's whole grid of an event.
import "server-only";
import type { Party } from "@/lib/auth/party";
import { db } from "@/lib/db";
import { findParticipation, type OwnParticipation } from "@/lib/events/participation";
import { eventSlots, type MeetingSlot } from "@/lib/events/slots";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BuyerKind, MeetingOutcome, MeetingStatus } from "@/lib/generated/prisma/enums";
import type { Explanation } from "@/lib/matching/engine/explain";
import { parseComponents, topComponents } from "@/lib/matching/engine/stored";
import { partyName, partyNameSelect, placedStatuses } from "./parties";
import { isCatalogSlug } from "@/lib/catalog/slug";

const agendaEventSelect = {
  id: true,
  slug: true,
  title: true,
  venue: true,
  venueAddress: true,
  startsAt: true,
  endsAt: true,
  status: true,
  schedulePublishedAt: true,
} satisfies Prisma.EventSelect;

export type AgendaEvent = Prisma.EventGetPayload<{ select: typeof agendaEventSelect }>;

export type AgendaOtherParty =
  | { kind: "SME"; name: string; catalogSlug: string | null; sector: { code: string; nameId: string; nameEn: string | null } | null }
  | { kind: "BUYER"; name: string; buyerKind: BuyerKind; city: string }
  | { kind: "PARTNER"; name: string };

export type AgendaMeeting = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  tableNumber: number;
  status: MeetingStatus;
  matchScore: number | null;
  /** The match's main reasons (at most two), when the meeting came from matching. */
  matchReasons: Explanation[];
  other: AgendaOtherParty;
  /**
   * A group meeting's further parties at the same table (names), besides `other`: for the host
   * and the lead the other members, for a member the lead and the other members. Empty for 1:1.
   */
  group: string[];
  /** A group's member who is neither the lead nor the host: the results are the lead's and the host's to record. */
  groupMember: boolean;
  /** This participant's own record of the result. */
  ownOutcome: MeetingOutcome | null;
  ownValueRupiah: bigint | null;
  ownNote: string | null;
  /** The other side's own record, shown as theirs (never as this participant's). */
  otherOutcome: MeetingOutcome | null;
  /** Both sides checked in at the desk, or staff allowed a result anyway: the result can be recorded. */
  attended: boolean;
  outcome: MeetingOutcome | null;
  outcomeAt: Date | null;
};

/** Why there is no agenda yet, or "ready". */
export type AgendaState = "notRegistered" | "notApproved" | "notPublished" | "ready";

export type ParticipantAgenda = {
  event: AgendaEvent;
  participant: OwnParticipation | null;
  state: AgendaState;
  meetings: AgendaMeeting[];
};

const agendaMeetingSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  tableNumber: true,
  status: true,
  smeParticipantId: true,
  smeOutcome: true,
  smeValueRupiah: true,
  buyerOutcome: true,
  buyerValueRupiah: true,
  smeNote: true,
  buyerNote: true,
  attendanceOverrideAt: true,
  outcome: true,
  outcomeAt: true,
  match: { select: { score: true, components: true } },
  smeParticipant: {
    select: {
      checkedInAt: true,
      enterprise: { select: { slug: true, legalName: true, brandName: true, status: true, primaryKbli: { select: { code: true, nameId: true, nameEn: true } } } },
    },
  },
  buyerParticipant: { select: { checkedInAt: true, buyer: { select: { name: true, kind: true, city: true } }, partnerOrganization: { select: { name: true } } } },
  seats: { where: { role: "MEMBER" }, select: { participantId: true, participant: { select: partyNameSelect } }, orderBy: { participantId: "asc" } },
} satisfies Prisma.MeetingSelect;

type AgendaMeetingRow = Prisma.MeetingGetPayload<{ select: typeof agendaMeetingSelect }>;

function toAgendaMeeting(row: AgendaMeetingRow, participantId: string): AgendaMeeting | null {
  if (!row.startsAt || !row.endsAt || row.tableNumber === null) return null;
  const groupMember = row.seats.some((seat) => seat.participantId === participantId);
  // The lead and a group's members sit on the SME side, across from the host (buyer or partner).
  const isSme = row.smeParticipantId === participantId || groupMember;
  const enterprise = row.smeParticipant.enterprise;
  const buyer = row.buyerParticipant.buyer;
  const partner = row.buyerParticipant.partnerOrganization;
  const leadName = enterprise ? (enterprise.brandName ?? enterprise.legalName) : "—";
  const members = row.seats.filter((seat) => seat.participantId !== participantId).map((seat) => partyName(seat.participant));
  let other: AgendaOtherParty;
  if (isSme) {
    other = !buyer && partner ? { kind: "PARTNER", name: partner.name } : { kind: "BUYER", name: buyer?.name ?? "—", buyerKind: buyer?.kind ?? "RETAILER", city: buyer?.city ?? "" };
  } else {
    other = {
      kind: "SME",
      name: leadName,
      // Only published enterprises have a catalog page.
      catalogSlug: enterprise?.status === "PUBLISHED" ? enterprise.slug : null,
      sector: enterprise?.primaryKbli ?? null,
    };
  }
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    tableNumber: row.tableNumber,
    status: row.status,
    matchScore: row.match?.score ?? null,
    matchReasons: row.match ? topComponents(parseComponents(row.match.components), 2).map((component) => component.explanation) : [],
    other,
    group: groupMember ? [leadName, ...members] : members,
    groupMember,
    ownOutcome: groupMember ? null : isSme ? row.smeOutcome : row.buyerOutcome,
    ownValueRupiah: groupMember ? null : isSme ? row.smeValueRupiah : row.buyerValueRupiah,
    ownNote: groupMember ? null : isSme ? row.smeNote : row.buyerNote,
    otherOutcome: isSme ? row.buyerOutcome : row.smeOutcome,
    attended: row.attendanceOverrideAt !== null || (row.smeParticipant.checkedInAt !== null && row.buyerParticipant.checkedInAt !== null),
    outcome: row.outcome,
    outcomeAt: row.outcomeAt,
  };
}

/** A published or completed event by slug, with what agendas need; null otherwise. */
export async function getAgendaEvent(slug: string): Promise<AgendaEvent | null> {
  if (!isCatalogSlug(slug)) return null;
  return db.event.findFirst({ where: { slug, status: { in: ["PUBLISHED", "COMPLETED"] } }, select: agendaEventSelect });
}

/**
 * The party's agenda for an event: its own placed meetings, only once the schedule is published
 * and only while its registration is approved. Null when the event is not public.
 */
export async function getParticipantAgenda(party: Party, slug: string): Promise<ParticipantAgenda | null> {
  const event = await getAgendaEvent(slug);
  if (!event) return null;
  const participant = await findParticipation(party, event.id);
  const state: AgendaState = !participant
    ? "notRegistered"
    : participant.status !== "APPROVED"
      ? "notApproved"
      : event.schedulePublishedAt === null
        ? "notPublished"
        : "ready";
  if (state !== "ready" || !participant) return { event, participant, state, meetings: [] };
  const rows = await db.meeting.findMany({
    where: {
      eventId: event.id,
      status: { in: [...placedStatuses] },
      startsAt: { not: null },
      // A participant's meetings are those where it has a seat: both sides, and a group's members.
      seats: { some: { participantId: participant.id } },
    },
    orderBy: [{ startsAt: "asc" }, { tableNumber: "asc" }],
    select: agendaMeetingSelect,
  });
  const meetings = rows.map((row) => toAgendaMeeting(row, participant.id)).filter((meeting): meeting is AgendaMeeting => meeting !== null);
  return { event, participant, state, meetings };
}

export type GridMeeting = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  tableNumber: number;
  status: MeetingStatus;
  smeName: string;
  buyerName: string;
  /** A group meeting's further SMEs at the same table; empty for 1:1. */
  memberNames: string[];
};

export type EventGrid = {
  event: { id: string; title: string; venue: string; startsAt: Date; endsAt: Date; tableCount: number; slotMinutes: number; schedulePublishedAt: Date | null };
  slots: MeetingSlot[];
  meetings: GridMeeting[];
};

/** Every placed meeting of an event with its slots and tables, for the staff's grid; null for an unknown event. */
export async function getEventGrid(eventId: string): Promise<EventGrid | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      venue: true,
      startsAt: true,
      endsAt: true,
      tableCount: true,
      slotMinutes: true,
      schedulePublishedAt: true,
      sessions: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
    },
  });
  if (!event) return null;
  const rows = await db.meeting.findMany({
    where: { eventId, status: { in: [...placedStatuses] }, startsAt: { not: null } },
    orderBy: [{ startsAt: "asc" }, { tableNumber: "asc" }],
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      tableNumber: true,
      status: true,
      smeParticipant: { select: partyNameSelect },
      buyerParticipant: { select: partyNameSelect },
      seats: { where: { role: "MEMBER" }, select: { participant: { select: partyNameSelect } }, orderBy: { participantId: "asc" } },
    },
  });
  const meetings = rows.flatMap((row) =>
    row.startsAt && row.endsAt && row.tableNumber !== null
      ? [
          {
            id: row.id,
            startsAt: row.startsAt,
            endsAt: row.endsAt,
            tableNumber: row.tableNumber,
            status: row.status,
            smeName: partyName(row.smeParticipant),
            buyerName: partyName(row.buyerParticipant),
            memberNames: row.seats.map((seat) => partyName(seat.participant)),
          },
        ]
      : [],
  );
  const { sessions, ...rest } = event;
  return { event: rest, slots: eventSlots(sessions, event.slotMinutes), meetings };
}
