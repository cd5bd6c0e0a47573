// The event day, live: after every happening (a cancellation, a no-show, an absence) and every
// walk-in request, the waiting meetings are placed into the earliest free common slots still
// ahead by the live engine (lib/scheduling/live.ts), around the published meetings, which never
// move. Every live change runs under a lock on the event row, so two staff acting at once run one
// after the other; a clash the lock does not cover (a hand move on the schedule page at the same
// moment) is refused by the database's constraints and retried by the caller (runLive).
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { db, type DbClient } from "@/lib/db";
import { sqlState } from "@/lib/db-errors";
import { eventPhase } from "@/lib/events/phase";
import { eventSlots, type MeetingSlot } from "@/lib/events/slots";
import { refill } from "@/lib/scheduling/live";
import { type BuiltLiveInput, buildLiveInput } from "./live-input";

export type LiveEvent = {
  id: string;
  slug: string;
  title: string;
  tableCount: number;
  tableSeats: number;
  slots: MeetingSlot[];
};

/**
 * Locks the event and checks that it is running now: published, its schedule published, and
 * between its start and its end. Everything live is refused otherwise.
 */
export async function lockLiveEvent(tx: DbClient, eventId: string, now: Date): Promise<LiveEvent> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      slotMinutes: true,
      tableCount: true,
      tableSeats: true,
      schedulePublishedAt: true,
      sessions: { select: { startsAt: true, endsAt: true } },
    },
  });
  if (!event) throw new UserFacingError("LiveDay.errors.eventNotFound");
  if (event.status !== "PUBLISHED" || eventPhase(event, now) !== "ongoing") throw new UserFacingError("LiveDay.errors.notToday");
  if (!event.schedulePublishedAt) throw new UserFacingError("LiveDay.errors.notPublished");
  const { sessions, slotMinutes, status: _status, startsAt: _startsAt, endsAt: _endsAt, schedulePublishedAt: _published, ...rest } = event;
  return { ...rest, slots: eventSlots(sessions, slotMinutes) };
}

/** The event's live state as the engine's input: who is present, what is placed, what waits. */
export async function loadLiveInput(client: DbClient, event: Pick<LiveEvent, "id" | "slots" | "tableCount" | "tableSeats">, now: Date): Promise<BuiltLiveInput> {
  const [participants, meetings] = await Promise.all([
    client.eventParticipant.findMany({
      where: { eventId: event.id, status: "APPROVED" },
      select: { id: true, unavailableSlots: true, _count: { select: { representatives: { where: { noShowAt: null } } } } },
      orderBy: { id: "asc" },
    }),
    client.meeting.findMany({
      where: { eventId: event.id, status: { in: ["ACCEPTED", "SCHEDULED", "HELD"] } },
      select: {
        id: true,
        status: true,
        smeParticipantId: true,
        buyerParticipantId: true,
        startsAt: true,
        tableNumber: true,
        walkIn: true,
        mustHappen: true,
        createdAt: true,
        match: { select: { score: true } },
        seats: { where: { role: "MEMBER" }, select: { participantId: true }, orderBy: { participantId: "asc" } },
      },
      orderBy: { id: "asc" },
    }),
  ]);
  return buildLiveInput({
    slots: event.slots,
    tables: event.tableCount,
    seats: event.tableSeats,
    now,
    participants: participants.map((participant) => ({ id: participant.id, unavailableSlots: participant.unavailableSlots, present: participant._count.representatives })),
    meetings: meetings.map(({ match, seats, status, ...meeting }) => ({
      ...meeting,
      status: status as "ACCEPTED" | "SCHEDULED" | "HELD",
      matchScore: match?.score ?? null,
      members: seats.map((seat) => seat.participantId),
    })),
  });
}

export type RefillReport = { placed: { id: string; startsAt: Date; tableNumber: number }[]; waiting: string[] };

/**
 * Places the waiting meetings (walk-ins first, then accepted ones still without a place) into the
 * earliest free common slots ahead, in one statement. Call it inside the transaction that holds
 * lockLiveEvent's lock.
 */
export async function refillEvent(tx: DbClient, actorId: string | null, event: LiveEvent, now: Date): Promise<RefillReport> {
  const input = await loadLiveInput(tx, event, now);
  if (input.waiting.length === 0) return { placed: [], waiting: [] };
  const result = refill(input);
  const placed = result.placed.map((placement) => {
    const slot = event.slots[placement.slot];
    if (!slot) throw new RangeError(`Slot ${placement.slot} does not exist`);
    return { id: placement.request, startsAt: slot.startsAt, endsAt: slot.endsAt, tableNumber: placement.table + 1 };
  });
  if (placed.length > 0) {
    const payload = JSON.stringify(placed.map((row) => ({ id: row.id, s: row.startsAt.toISOString(), e: row.endsAt.toISOString(), t: row.tableNumber })));
    const written = await tx.$executeRaw`
      UPDATE "Meeting" AS m SET status = 'SCHEDULED', "startsAt" = v.s, "endsAt" = v.e, "tableNumber" = v.t, "updatedAt" = now()
      FROM jsonb_to_recordset(${payload}::jsonb) AS v(id text, s timestamp, e timestamp, t int)
      WHERE m.id = v.id AND m."eventId" = ${event.id} AND m.status = 'ACCEPTED'`;
    if (written !== placed.length) throw new Error(`Live refill wrote ${written} of ${placed.length} placements`);
    await recordAudit(tx, {
      actorId,
      action: "live.refill",
      entityType: "Event",
      entityId: event.id,
      data: { placed: placed.map((row) => ({ meetingId: row.id, startsAt: row.startsAt.toISOString(), table: row.tableNumber })), waiting: result.unplaced.length },
    });
  }
  return { placed: placed.map(({ id, startsAt, tableNumber }) => ({ id, startsAt, tableNumber })), waiting: result.unplaced };
}

const clashStates = new Set(["23P01", "23505", "40001", "40P01"]);

/**
 * Runs one live change in a transaction, retried twice when the database refuses it for a clash
 * with someone acting at the same moment (a person in two meetings at once, a table taken); then
 * the person acting is told to try again.
 */
export async function runLive<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: 10_000, timeout: 30_000 });
    } catch (error) {
      const state = sqlState(error);
      if (!state || !clashStates.has(state)) throw error;
      if (attempt >= 3) throw new UserFacingError("LiveDay.errors.busy");
    }
  }
}
