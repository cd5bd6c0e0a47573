// Reads of representatives: a participant's people (own event page, staff's participant list),
// and who sits in each seat of an event's placed meetings (staff's schedule and printed grid).
import "server-only";
import { partyName, partyNameSelect } from "@/lib/agenda/parties";
import type { Party } from "@/lib/auth/party";
import { db } from "@/lib/db";
import { findParticipation } from "@/lib/events/participation";

export type Representative = {
  id: string;
  position: number;
  /** Null for the first one not yet named: the organisation's contact. */
  name: string | null;
  phone: string | null;
  email: string | null;
  /** The first representative's code is the participant's own (EventParticipant.checkInCode). */
  checkInCode: string | null;
  checkedInAt: Date | null;
  /** Seats in placed meetings. */
  seats: number;
};

const representativeSelect = {
  id: true,
  participantId: true,
  position: true,
  name: true,
  phone: true,
  email: true,
  checkInCode: true,
  checkedInAt: true,
  participant: { select: { checkInCode: true } },
  _count: { select: { seats: { where: { active: true } } } },
} as const;

/** Every representative of the given participants, by participant id, in position order (one query). */
export async function representativesOf(participantIds: readonly string[]): Promise<Map<string, Representative[]>> {
  const byParticipant = new Map<string, Representative[]>();
  if (participantIds.length === 0) return byParticipant;
  const rows = await db.eventRepresentative.findMany({ where: { participantId: { in: [...participantIds] } }, select: representativeSelect, orderBy: [{ participantId: "asc" }, { position: "asc" }] });
  for (const row of rows) {
    const list = byParticipant.get(row.participantId) ?? [];
    list.push({
      id: row.id,
      position: row.position,
      name: row.name,
      phone: row.phone,
      email: row.email,
      checkInCode: row.position === 1 ? (row.participant.checkInCode ?? row.checkInCode) : row.checkInCode,
      checkedInAt: row.checkedInAt,
      seats: row._count.seats,
    });
    byParticipant.set(row.participantId, list);
  }
  return byParticipant;
}

export type OwnRepresentatives = { participantId: string; limit: number; representatives: Representative[] };

/** The party's people at the event (null when it is not registered there). */
export async function getOwnRepresentatives(party: Party, eventId: string): Promise<OwnRepresentatives | null> {
  const participation = await findParticipation(party, eventId);
  if (!participation || participation.status === "WITHDRAWN" || participation.status === "REJECTED") return null;
  const [event, people] = await Promise.all([db.event.findUnique({ where: { id: eventId }, select: { representativeLimit: true } }), representativesOf([participation.id])]);
  return { participantId: participation.id, limit: event?.representativeLimit ?? 1, representatives: people.get(participation.id) ?? [] };
}

export type SeatChoice = { id: string; position: number; name: string | null };

export type MeetingSeatView = {
  participantId: string;
  partyName: string;
  representativeId: string | null;
  representativeName: string | null;
  representativePosition: number | null;
  /** The party's representatives, for staff's select. */
  choices: SeatChoice[];
};

/** Who sits where: the seats of the event's placed meetings, by meeting id (SIDE seats first). */
export async function getEventSeats(eventId: string): Promise<Map<string, MeetingSeatView[]>> {
  const seats = await db.meetingSeat.findMany({
    where: { active: true, meeting: { eventId } },
    orderBy: [{ meetingId: "asc" }, { role: "asc" }, { participantId: "asc" }],
    select: {
      meetingId: true,
      participantId: true,
      representativeId: true,
      representative: { select: { name: true, position: true } },
      participant: { select: { ...partyNameSelect, representatives: { select: { id: true, position: true, name: true }, orderBy: { position: "asc" } } } },
    },
  });
  const byMeeting = new Map<string, MeetingSeatView[]>();
  for (const seat of seats) {
    const list = byMeeting.get(seat.meetingId) ?? [];
    list.push({
      participantId: seat.participantId,
      partyName: partyName(seat.participant),
      representativeId: seat.representativeId,
      representativeName: seat.representative?.name ?? null,
      representativePosition: seat.representative?.position ?? null,
      choices: seat.participant.representatives,
    });
    byMeeting.set(seat.meetingId, list);
  }
  return byMeeting;
}

/** The event's limit and the listed participants' people, for staff's participant list. */
export async function getStaffRepresentatives(eventId: string, participantIds: readonly string[]): Promise<{ limit: number; byParticipant: Map<string, Representative[]> }> {
  const [event, byParticipant] = await Promise.all([db.event.findUnique({ where: { id: eventId }, select: { representativeLimit: true } }), representativesOf(participantIds)]);
  return { limit: event?.representativeLimit ?? 1, byParticipant };
}

/** Every placed meeting's seated people as "person (party)" lines, by meeting id, for the printed grid. */
export async function seatLinesOf(eventId: string, contactLabel: string): Promise<Map<string, string[]>> {
  const seats = await getEventSeats(eventId);
  return new Map(
    [...seats].map(([meetingId, list]) => [meetingId, list.map((seat) => `${seat.representativeName ?? (seat.representativePosition === null ? "—" : contactLabel)} (${seat.partyName})`)]),
  );
}
