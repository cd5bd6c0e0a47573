// Reads for the event day: the staff's live board (slots ahead with free tables and who is free,
// the freed slots, the waiting list, the meetings ahead) and a participant's walk-in section.
import "server-only";
import { db } from "@/lib/db";
import type { OwnParticipation } from "@/lib/events/participation";
import { eventPhase } from "@/lib/events/phase";
import { eventSlots, type MeetingSlot } from "@/lib/events/slots";
import { freeSlotsAhead } from "@/lib/scheduling/live";
import { loadLiveInput } from "./live";

const nameSelect = {
  id: true,
  kind: true,
  enterprise: { select: { legalName: true, brandName: true } },
  buyer: { select: { name: true } },
  partnerOrganization: { select: { name: true } },
} as const;
type NamedParty = { id: string; kind: string; enterprise: { legalName: string; brandName: string | null } | null; buyer: { name: string } | null; partnerOrganization: { name: string } | null };
const nameOf = (party: NamedParty) => party.enterprise?.brandName ?? party.enterprise?.legalName ?? party.buyer?.name ?? party.partnerOrganization?.name ?? "";

/** A meeting's parties in order: the SME (a group's lead member), the buyer or host, the further members. */
const partiesSelect = { smeParticipantId: true, buyerParticipantId: true, seats: { where: { role: "MEMBER" }, select: { participantId: true }, orderBy: { participantId: "asc" } } } as const;
type MeetingParties = { smeParticipantId: string; buyerParticipantId: string; seats: { participantId: string }[] };
const partiesOf = (meeting: MeetingParties) => [meeting.smeParticipantId, meeting.buyerParticipantId, ...meeting.seats.map((seat) => seat.participantId)];

/** The event as the live pages need it, and whether it is running now (live changes allowed). */
async function liveEventOf(where: { id: string } | { slug: string }, now: Date) {
  const event = await db.event.findFirst({
    where,
    select: { id: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, slotMinutes: true, tableCount: true, tableSeats: true, schedulePublishedAt: true, sessions: { select: { startsAt: true, endsAt: true } } },
  });
  if (!event) return null;
  const slots = eventSlots(event.sessions, event.slotMinutes);
  const live = event.status === "PUBLISHED" && event.schedulePublishedAt !== null && eventPhase(event, now) === "ongoing";
  return { ...event, slots, live };
}

export type BoardSlot = { slot: MeetingSlot; freeTables: number; meetings: number; free: string[] };
export type BoardMeeting = { id: string; startsAt: Date; tableNumber: number; parties: string[]; begun: boolean; walkIn: boolean };
export type FreedPlace = { meetingId: string; startsAt: Date; table: number | null; reason: "cancelled" | "noShow" | "absent"; parties: string[]; stillFree: string[] };
export type BoardParticipant = { id: string; kind: string; name: string; absent: boolean; representatives: { id: string; position: number; name: string | null; absent: boolean }[] };

/** Everything on /staf/acara/[id]/langsung; null when the event does not exist. */
export async function getLiveBoard(eventId: string, now: Date = new Date()) {
  const event = await liveEventOf({ id: eventId }, now);
  if (!event) return null;
  const input = await loadLiveInput(db, event, now);
  const [participantRows, meetingRows, waitingRows, freedLogs] = await Promise.all([
    db.eventParticipant.findMany({
      where: { eventId, status: "APPROVED" },
      select: { ...nameSelect, representatives: { select: { id: true, position: true, name: true, noShowAt: true }, orderBy: { position: "asc" } } },
    }),
    db.meeting.findMany({
      where: { eventId, status: "SCHEDULED", endsAt: { gt: now } },
      select: { id: true, startsAt: true, tableNumber: true, walkIn: true, ...partiesSelect },
      orderBy: [{ startsAt: "asc" }, { tableNumber: "asc" }],
      take: 300,
    }),
    db.meeting.findMany({ where: { id: { in: input.waiting.slice(0, 100) } }, select: { id: true, walkIn: true, ...partiesSelect } }),
    db.auditLog.findMany({
      where: { action: { in: ["live.cancel", "live.no-show"] }, entityType: "Meeting", data: { path: ["eventId"], equals: eventId } },
      select: { action: true, entityId: true, data: true },
      orderBy: { id: "desc" },
      take: 200,
    }),
  ]);
  const names = new Map(participantRows.map((participant) => [participant.id, nameOf(participant)]));
  const partyNames = (meeting: MeetingParties) => partiesOf(meeting).map((id) => names.get(id) ?? "—");

  const free = freeSlotsAhead(input.instance, input.fromSlot);
  const freeAt = new Map(free.map((entry) => [entry.slot, new Set(entry.freeParticipants)]));
  const slots: BoardSlot[] = free.flatMap((entry) => {
    const slot = event.slots[entry.slot];
    if (!slot) return [];
    const meetings = (input.instance.fixed ?? []).filter((placement) => placement.slot === entry.slot).length;
    return [{ slot, freeTables: entry.freeTables.length, meetings, free: entry.freeParticipants.map((id) => names.get(id) ?? "—").sort((a, b) => a.localeCompare(b, "id")) }];
  });

  const slotByTime = new Map(event.slots.map((slot) => [slot.startsAt.getTime(), slot.index]));
  const freedMeetings = await db.meeting.findMany({
    where: { id: { in: freedLogs.flatMap((log) => (log.entityId ? [log.entityId] : [])) } },
    select: { id: true, ...partiesSelect },
  });
  const freedParties = new Map(freedMeetings.map((meeting) => [meeting.id, partiesOf(meeting)]));
  const freed: FreedPlace[] = freedLogs.flatMap((log) => {
    const data = log.data as { reason?: string; freed?: { startsAt: string; table: number | null } | null } | null;
    if (!log.entityId || !data?.freed) return [];
    const startsAt = new Date(data.freed.startsAt);
    if (startsAt <= now) return [];
    const parties = freedParties.get(log.entityId) ?? [];
    const stillFree = freeAt.get(slotByTime.get(startsAt.getTime()) ?? -1);
    const reason = log.action === "live.no-show" ? "noShow" : data.reason === "absent" ? "absent" : "cancelled";
    return [{ meetingId: log.entityId, startsAt, table: data.freed.table, reason, parties: parties.map((id) => names.get(id) ?? "—"), stillFree: parties.filter((id) => stillFree?.has(id)).map((id) => names.get(id) ?? "—") }];
  });
  freed.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

  const waitingById = new Map(waitingRows.map((row) => [row.id, row]));
  const waiting = input.waiting.slice(0, 100).flatMap((id) => {
    const row = waitingById.get(id);
    return row ? [{ id, walkIn: row.walkIn, parties: partyNames(row) }] : [];
  });
  const meetings: BoardMeeting[] = meetingRows.flatMap((row) =>
    row.startsAt && row.tableNumber !== null ? [{ id: row.id, startsAt: row.startsAt, tableNumber: row.tableNumber, parties: partyNames(row), begun: row.startsAt <= now, walkIn: row.walkIn }] : [],
  );
  const participants: BoardParticipant[] = participantRows
    .map((participant) => ({
      id: participant.id,
      kind: participant.kind,
      name: nameOf(participant),
      absent: participant.representatives.every((representative) => representative.noShowAt !== null),
      representatives: participant.representatives.map((representative) => ({ id: representative.id, position: representative.position, name: representative.name, absent: representative.noShowAt !== null })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
  return { event, slots, freed, waiting, waitingTotal: input.waiting.length, meetings, participants };
}

export type LiveBoard = NonNullable<Awaited<ReturnType<typeof getLiveBoard>>>;

/** Events running now with a published schedule (for the staff desk's link to their live boards). */
export async function listLiveEvents(now: Date = new Date()) {
  return db.event.findMany({
    where: { status: "PUBLISHED", schedulePublishedAt: { not: null }, startsAt: { lte: now }, endsAt: { gt: now } },
    select: { id: true, title: true },
    orderBy: { startsAt: "asc" },
    take: 10,
  });
}

/**
 * A participant's walk-in section on its event page: shown only while the event runs and slots
 * remain. Whom it may ask (approved participants of the other side, not marked absent) and its
 * walk-ins so far.
 */
export async function getWalkInView(participation: OwnParticipation, slug: string, now: Date = new Date()) {
  if (participation.status !== "APPROVED" || participation.kind === "PARTNER") return null;
  const event = await liveEventOf({ slug }, now);
  if (!event?.live || !event.slots.some((slot) => slot.startsAt > now)) return null;
  const [others, mine] = await Promise.all([
    db.eventParticipant.findMany({
      where: { eventId: event.id, status: "APPROVED", kind: participation.kind === "SME" ? "BUYER" : "SME", representatives: { some: { noShowAt: null } } },
      select: nameSelect,
    }),
    db.meeting.findMany({
      where: { eventId: event.id, walkIn: true, status: { in: ["ACCEPTED", "SCHEDULED", "HELD"] }, seats: { some: { participantId: participation.id } } },
      select: { id: true, startsAt: true, tableNumber: true, seats: { where: { participantId: { not: participation.id } }, select: { participant: { select: nameSelect } } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    eventId: event.id,
    counterparts: others.map((other) => ({ id: other.id, name: nameOf(other) })).sort((a, b) => a.name.localeCompare(b.name, "id")),
    walkIns: mine.map((meeting) => ({ id: meeting.id, startsAt: meeting.startsAt, tableNumber: meeting.tableNumber, other: meeting.seats.map((seat) => nameOf(seat.participant)).join(", ") })),
  };
}
