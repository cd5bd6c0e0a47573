// Reads for check-in at the venue: who a scanned code belongs to, the searchable list with
// present/approved counts per kind, and the printable backup list. An event has at most a few
// hundred approved participants, so lists are sorted by name here and paged in memory.
import "server-only";
import { placedStatuses, partyName, partyNameSelect } from "@/lib/agenda/parties";
import { db } from "@/lib/db";
import { checkInCodeSchema } from "@/lib/events/check-in-code";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipantKind, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { type Paginated, pageCountOf } from "@/lib/pagination";

const participantSelect = {
  id: true,
  status: true,
  checkInCode: true,
  checkedInAt: true,
  ...partyNameSelect,
  enterprise: { select: { legalName: true, brandName: true, owner: { select: { name: true } } } },
  buyer: { select: { name: true, users: { select: { name: true }, where: { status: "ACTIVE" }, orderBy: { name: "asc" }, take: 3 } } },
  partnerOrganization: { select: { name: true, users: { select: { name: true }, where: { status: "ACTIVE" }, orderBy: { name: "asc" }, take: 3 } } },
  representatives: { orderBy: { position: "asc" }, select: { id: true, position: true, name: true, checkInCode: true, checkedInAt: true } },
} satisfies Prisma.EventParticipantSelect;

type ParticipantRow = Prisma.EventParticipantGetPayload<{ select: typeof participantSelect }>;

export type ParticipantMeetingTime = { startsAt: Date; endsAt: Date; tableNumber: number; otherName: string };

/** One of a participant's people at the desk. Position 1 with no name is the organisation's contact. */
export type CheckInPerson = { id: string; position: number; name: string | null; checkInCode: string | null; checkedInAt: Date | null };

export type CheckInParticipant = {
  id: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  name: string;
  contacts: string[];
  checkInCode: string | null;
  checkedInAt: Date | null;
  meetings: ParticipantMeetingTime[];
  /** Its representatives in order, each with their own code (the first's is the participant's own) and check-in. */
  people: CheckInPerson[];
  /** The person whose code was scanned (the participant's own code is its first representative's). */
  representative?: { id: string; position: number; name: string | null; checkedInAt: Date | null };
};

function contactsOf(row: ParticipantRow): string[] {
  const owner = row.enterprise?.owner?.name;
  return [...(owner ? [owner] : []), ...(row.buyer?.users ?? []).map((user) => user.name), ...(row.partnerOrganization?.users ?? []).map((user) => user.name)];
}

/**
 * Placed meetings of the given participants, by participant id, in time order (one query): every
 * meeting where the participant has a seat, a group meeting's members too, with the other parties'
 * names.
 */
async function meetingsByParticipant(eventId: string, participantIds: readonly string[]): Promise<Map<string, ParticipantMeetingTime[]>> {
  const byParticipant = new Map<string, ParticipantMeetingTime[]>();
  if (participantIds.length === 0) return byParticipant;
  const wanted = new Set(participantIds);
  const rows = await db.meeting.findMany({
    where: { eventId, status: { in: [...placedStatuses] }, startsAt: { not: null }, seats: { some: { participantId: { in: [...wanted] } } } },
    orderBy: [{ startsAt: "asc" }, { tableNumber: "asc" }],
    select: {
      startsAt: true,
      endsAt: true,
      tableNumber: true,
      seats: { orderBy: [{ role: "asc" }, { participantId: "asc" }], select: { participantId: true, participant: { select: partyNameSelect } } },
    },
  });
  for (const row of rows) {
    if (!row.startsAt || !row.endsAt || row.tableNumber === null) continue;
    const base = { startsAt: row.startsAt, endsAt: row.endsAt, tableNumber: row.tableNumber };
    for (const seat of row.seats) {
      if (!wanted.has(seat.participantId)) continue;
      const otherName = row.seats.filter((other) => other.participantId !== seat.participantId).map((other) => partyName(other.participant)).join(", ");
      const list = byParticipant.get(seat.participantId) ?? [];
      list.push({ ...base, otherName });
      byParticipant.set(seat.participantId, list);
    }
  }
  return byParticipant;
}

function toParticipant(row: ParticipantRow, meetings: Map<string, ParticipantMeetingTime[]>): CheckInParticipant {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    name: partyName(row),
    contacts: contactsOf(row),
    checkInCode: row.checkInCode,
    checkedInAt: row.checkedInAt,
    meetings: meetings.get(row.id) ?? [],
    people: row.representatives.map((person) => ({ ...person, checkInCode: person.position === 1 ? (row.checkInCode ?? person.checkInCode) : person.checkInCode })),
  };
}

export type CheckInEvent = { id: string; title: string; venue: string; startsAt: Date; endsAt: Date };

export async function getCheckInEvent(eventId: string): Promise<CheckInEvent | null> {
  return db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true, venue: true, startsAt: true, endsAt: true } });
}

/**
 * The participant of THIS event whose QR code was scanned, by its own code or one of its
 * representatives' codes (then with that person); null for an unknown code or another event's.
 */
export async function getParticipantByCode(eventId: string, code: string): Promise<CheckInParticipant | null> {
  const row = await db.eventParticipant.findFirst({ where: { eventId, checkInCode: code }, select: participantSelect });
  const person = row ? null : await db.eventRepresentative.findFirst({ where: { checkInCode: code, participant: { eventId } }, select: { id: true, participant: { select: participantSelect } } });
  const found = row ?? person?.participant;
  if (!found) return null;
  const participant = toParticipant(found, await meetingsByParticipant(eventId, [found.id]));
  const scanned = participant.people.find((one) => (person ? one.id === person.id : one.position === 1));
  return { ...participant, representative: scanned && { id: scanned.id, position: scanned.position, name: scanned.name, checkedInAt: scanned.checkedInAt } };
}

export type KindCount = { kind: ParticipantKind; approved: number; present: number };

const kinds: readonly ParticipantKind[] = ["SME", "BUYER", "PARTNER"];

/** Approved and checked-in participants per kind (every kind listed, zeros included). */
export async function checkInCounts(eventId: string): Promise<KindCount[]> {
  const [approved, present] = await Promise.all([
    db.eventParticipant.groupBy({ by: ["kind"], where: { eventId, status: "APPROVED" }, _count: { _all: true } }),
    db.eventParticipant.groupBy({ by: ["kind"], where: { eventId, status: "APPROVED", checkedInAt: { not: null } }, _count: { _all: true } }),
  ]);
  const count = (rows: typeof approved, kind: ParticipantKind) => rows.find((row) => row.kind === kind)?._count._all ?? 0;
  return kinds.map((kind) => ({ kind, approved: count(approved, kind), present: count(present, kind) }));
}

function searchWhere(query: string): Prisma.EventParticipantWhereInput {
  const contains = { contains: query, mode: "insensitive" as const };
  // The code printed on the agenda ("ABCDE-23456"), typed when the QR code cannot be scanned.
  const code = checkInCodeSchema.safeParse(query);
  return {
    OR: [
      ...(code.success ? [{ checkInCode: code.data }] : []),
      { enterprise: { OR: [{ legalName: contains }, { brandName: contains }, { owner: { name: contains } }] } },
      { buyer: { OR: [{ name: contains }, { users: { some: { name: contains } } }] } },
      { partnerOrganization: { OR: [{ name: contains }, { users: { some: { name: contains } } }] } },
    ],
  };
}

const byName = (a: CheckInParticipant, b: CheckInParticipant) => a.name.localeCompare(b.name, "id", { sensitivity: "base" }) || a.id.localeCompare(b.id);

async function approvedParticipants(eventId: string, query: string): Promise<CheckInParticipant[]> {
  const rows = await db.eventParticipant.findMany({
    where: { eventId, status: "APPROVED", ...(query ? searchWhere(query) : {}) },
    select: participantSelect,
  });
  const meetings = await meetingsByParticipant(eventId, rows.map((row) => row.id));
  return rows.map((row) => toParticipant(row, meetings)).sort(byName);
}

/** Approved participants matching the search (names of the party or its people), alphabetical, paged. */
export async function searchCheckIns(eventId: string, { query, page, pageSize = 30 }: { query: string; page: number; pageSize?: number }): Promise<Paginated<CheckInParticipant>> {
  const all = await approvedParticipants(eventId, query.trim());
  const items = all.slice((page - 1) * pageSize, page * pageSize);
  return { items, total: all.length, page, pageSize, pageCount: pageCountOf(all.length, pageSize) };
}

/** Every approved participant, alphabetical, with their meetings: the paper list for when the internet fails. */
export async function getBackupList(eventId: string): Promise<CheckInParticipant[]> {
  return approvedParticipants(eventId, "");
}
