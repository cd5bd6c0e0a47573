// Reads for the meeting request page of a participant and the schedule page of staff.
import "server-only";
import { db } from "@/lib/db";
import type { OwnParticipation } from "@/lib/events/participation";
import { eventSlots, type MeetingSlot } from "@/lib/events/slots";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingStatus, ParticipantKind } from "@/lib/generated/prisma/enums";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

const partySelect = {
  id: true,
  kind: true,
  enterprise: { select: { legalName: true, brandName: true, slug: true, kecamatan: { select: { name: true } }, primaryKbli: { select: { code: true, nameId: true, nameEn: true } } } },
  buyer: { select: { name: true, kind: true, city: true, country: true } },
  partnerOrganization: { select: { name: true } },
} as const satisfies Prisma.EventParticipantSelect;

type PartyRow = {
  id: string;
  kind: ParticipantKind;
  enterprise: { legalName: string; brandName: string | null; slug: string; kecamatan: { name: string } | null; primaryKbli: { code: string; nameId: string; nameEn: string | null } | null } | null;
  buyer: { name: string; kind: string; city: string; country: string } | null;
  partnerOrganization: { name: string } | null;
};

export type PartySummary = {
  participantId: string;
  kind: ParticipantKind;
  name: string;
  /** The SME's catalog page slug, for a link. */
  enterpriseSlug: string | null;
  sector: { code: string; nameId: string; nameEn: string | null } | null;
  place: string | null;
  buyerKind: string | null;
};

export function partySummary(row: PartyRow): PartySummary {
  return {
    participantId: row.id,
    kind: row.kind,
    name: row.enterprise ? (row.enterprise.brandName ?? row.enterprise.legalName) : (row.buyer?.name ?? row.partnerOrganization?.name ?? ""),
    enterpriseSlug: row.enterprise?.slug ?? null,
    sector: row.enterprise?.primaryKbli ?? null,
    place: row.enterprise ? (row.enterprise.kecamatan?.name ?? null) : row.buyer ? row.buyer.city : null,
    buyerKind: row.buyer?.kind ?? null,
  };
}

export type RequestItem = {
  id: string;
  status: MeetingStatus;
  other: PartySummary;
  sentByMe: boolean;
  fromMatch: boolean;
  expiresAt: Date | null;
  expired: boolean;
  startsAt: Date | null;
  tableNumber: number | null;
  createdAt: Date;
};

export type RequestsOverview = {
  incoming: RequestItem[];
  outgoing: RequestItem[];
  agreed: RequestItem[];
  closed: RequestItem[];
  pendingSent: number;
  pendingLimit: number;
  expiryHours: number;
  schedulePublished: boolean;
};

/** Everything of the participant's meeting requests, split the way the page shows them. */
export async function getRequestsOverview(participation: OwnParticipation, now: Date = new Date()): Promise<RequestsOverview> {
  const mine = participation.kind === "SME" ? { smeParticipantId: participation.id } : { buyerParticipantId: participation.id };
  const [event, meetings] = await Promise.all([
    db.event.findUniqueOrThrow({ where: { id: participation.eventId }, select: { pendingRequestLimit: true, requestExpiryHours: true, schedulePublishedAt: true } }),
    db.meeting.findMany({
      where: { eventId: participation.eventId, ...mine },
      select: {
        id: true, status: true, requestedById: true, matchId: true, expiresAt: true, startsAt: true, tableNumber: true, createdAt: true,
        smeParticipant: { select: partySelect },
        buyerParticipant: { select: partySelect },
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  const items: RequestItem[] = meetings.map((meeting) => {
    const expired = meeting.status === "REQUESTED" && meeting.expiresAt !== null && meeting.expiresAt <= now;
    return {
      id: meeting.id,
      status: meeting.status,
      other: partySummary(participation.kind === "SME" ? meeting.buyerParticipant : meeting.smeParticipant),
      sentByMe: meeting.requestedById === participation.id,
      fromMatch: meeting.matchId !== null,
      expiresAt: meeting.expiresAt,
      expired,
      // Places are shown only once staff published the schedule.
      startsAt: event.schedulePublishedAt ? meeting.startsAt : null,
      tableNumber: event.schedulePublishedAt ? meeting.tableNumber : null,
      createdAt: meeting.createdAt,
    };
  });
  const open = (item: RequestItem) => item.status === "REQUESTED" && !item.expired;
  return {
    incoming: items.filter((item) => open(item) && !item.sentByMe),
    outgoing: items.filter((item) => open(item) && item.sentByMe),
    agreed: items.filter((item) => ["ACCEPTED", "SCHEDULED", "HELD", "NO_SHOW"].includes(item.status)),
    closed: items.filter((item) => item.expired || item.status === "DECLINED" || item.status === "CANCELLED"),
    pendingSent: items.filter((item) => open(item) && item.sentByMe).length,
    pendingLimit: event.pendingRequestLimit,
    expiryHours: event.requestExpiryHours,
    schedulePublished: event.schedulePublishedAt !== null,
  };
}

export type Counterpart = PartySummary & { existing: MeetingStatus | null; existingExpired: boolean };

/** The approved participants of the other kind the participant may ask, by name, paginated. */
export async function listCounterparts(participation: OwnParticipation, { q, page, pageSize = 20, now = new Date() }: { q: string; page: number; pageSize?: number; now?: Date }): Promise<Paginated<Counterpart>> {
  const kind: ParticipantKind = participation.kind === "SME" ? "BUYER" : "SME";
  const text = q.trim();
  const contains = { contains: text, mode: "insensitive" } as const;
  const where: Prisma.EventParticipantWhereInput = {
    eventId: participation.eventId,
    kind,
    status: "APPROVED",
    ...(text ? (kind === "SME" ? { enterprise: { is: { OR: [{ legalName: contains }, { brandName: contains }] } } } : { buyer: { is: { name: contains } } }) : {}),
  };
  const [rows, total] = await Promise.all([
    db.eventParticipant.findMany({
      where,
      select: {
        ...partySelect,
        // 1:1 meetings only: a group meeting with the same host does not stand in for one.
        smeMeetings: { where: { buyerParticipantId: participation.id, groupKey: "" }, select: { status: true, expiresAt: true } },
        buyerMeetings: { where: { smeParticipantId: participation.id, groupKey: "" }, select: { status: true, expiresAt: true } },
      },
      orderBy: kind === "SME" ? [{ enterprise: { legalName: "asc" } }, { id: "asc" }] : [{ buyer: { name: "asc" } }, { id: "asc" }],
      ...pageWindow(page, pageSize),
    }),
    db.eventParticipant.count({ where }),
  ]);
  const items = rows.map(({ smeMeetings, buyerMeetings, ...row }) => {
    const meeting = [...smeMeetings, ...buyerMeetings][0];
    return {
      ...partySummary(row),
      existing: meeting?.status ?? null,
      existingExpired: meeting?.status === "REQUESTED" && meeting.expiresAt !== null && meeting.expiresAt <= now,
    };
  });
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}

export type ScheduleMeeting = {
  id: string;
  status: MeetingStatus;
  mustHappen: boolean;
  placedByStaff: boolean;
  fromMatch: boolean;
  matchScore: number | null;
  sme: PartySummary;
  buyer: PartySummary;
  /** A group meeting's further SMEs (its MEMBER seats); empty for 1:1. */
  members: PartySummary[];
  startsAt: Date | null;
  slot: number | null;
  tableNumber: number | null;
};

export type ScheduleBoard = {
  event: { id: string; title: string; slug: string; status: string; tableCount: number; tableSeats: number; slotMinutes: number; schedulePublishedAt: Date | null };
  slots: MeetingSlot[];
  counts: Record<"requested" | "accepted" | "scheduled" | "held" | "noShow" | "declined", number>;
  /** Accepted meetings waiting for a place, and placed ones in slot and table order. */
  waiting: ScheduleMeeting[];
  placed: ScheduleMeeting[];
};

export async function getScheduleBoard(eventId: string): Promise<ScheduleBoard | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { id: true, title: true, slug: true, status: true, tableCount: true, tableSeats: true, slotMinutes: true, schedulePublishedAt: true, sessions: { select: { startsAt: true, endsAt: true } } },
  });
  if (!event) return null;
  const slots = eventSlots(event.sessions, event.slotMinutes);
  const slotOf = new Map(slots.map((slot) => [slot.startsAt.getTime(), slot.index]));
  const [grouped, meetings] = await Promise.all([
    db.meeting.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
    db.meeting.findMany({
      where: { eventId, status: { in: ["ACCEPTED", "SCHEDULED", "HELD", "NO_SHOW"] } },
      select: {
        id: true, status: true, mustHappen: true, placedByStaff: true, matchId: true, startsAt: true, tableNumber: true,
        match: { select: { score: true } },
        smeParticipant: { select: partySelect },
        buyerParticipant: { select: partySelect },
        seats: { where: { role: "MEMBER" }, select: { participant: { select: partySelect } }, orderBy: { participantId: "asc" } },
      },
      orderBy: [{ startsAt: "asc" }, { tableNumber: "asc" }, { id: "asc" }],
    }),
  ]);
  const count = (status: MeetingStatus) => grouped.find((group) => group.status === status)?._count._all ?? 0;
  const rows: ScheduleMeeting[] = meetings.map((meeting) => ({
    id: meeting.id,
    status: meeting.status,
    mustHappen: meeting.mustHappen,
    placedByStaff: meeting.placedByStaff,
    fromMatch: meeting.matchId !== null,
    matchScore: meeting.match?.score ?? null,
    sme: partySummary(meeting.smeParticipant),
    buyer: partySummary(meeting.buyerParticipant),
    members: meeting.seats.map((seat) => partySummary(seat.participant)),
    startsAt: meeting.startsAt,
    slot: meeting.startsAt ? (slotOf.get(meeting.startsAt.getTime()) ?? null) : null,
    tableNumber: meeting.tableNumber,
  }));
  const { sessions: _sessions, ...summary } = event;
  return {
    event: summary,
    slots,
    counts: { requested: count("REQUESTED"), accepted: count("ACCEPTED"), scheduled: count("SCHEDULED"), held: count("HELD"), noShow: count("NO_SHOW"), declined: count("DECLINED") },
    waiting: rows.filter((row) => row.status === "ACCEPTED").sort((a, b) => Number(b.mustHappen) - Number(a.mustHappen) || (b.matchScore ?? 0) - (a.matchScore ?? 0)),
    placed: rows.filter((row) => row.status !== "ACCEPTED"),
  };
}

export type GroupCandidates = { hosts: { id: string; name: string }[]; smes: { id: string; name: string }[] };

/** Who staff may put into a group meeting: approved buyers and partners as hosts, approved SMEs as members. */
export async function getGroupCandidates(eventId: string): Promise<GroupCandidates> {
  const rows = await db.eventParticipant.findMany({ where: { eventId, status: "APPROVED" }, select: partySelect, orderBy: { id: "asc" }, take: 2000 });
  const named = rows.map(partySummary).sort((a, b) => a.name.localeCompare(b.name, "id"));
  const pick = (kinds: ParticipantKind[]) => named.filter((party) => kinds.includes(party.kind)).map((party) => ({ id: party.participantId, name: party.name }));
  return { hosts: pick(["BUYER", "PARTNER"]), smes: pick(["SME"]) };
}
