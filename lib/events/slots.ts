// An event's meeting slots: each session (a block of meeting time on one day) cut into pieces of
// the event's slot length, in time order, numbered from 0. The scheduler works with these
// numbers; the database stores the slot's start and end. Pure.
export type MeetingSession = { startsAt: Date; endsAt: Date };
export type MeetingSlot = { index: number; startsAt: Date; endsAt: Date };

export const slotLengths = [15, 20, 30] as const;

/**
 * The slots of the sessions. A session's tail shorter than a slot is not a slot; a slot that would
 * overlap the previous one (overlapping sessions, which the event form refuses) is left out.
 */
export function eventSlots(sessions: readonly MeetingSession[], slotMinutes: number): MeetingSlot[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) throw new RangeError("slotMinutes must be a positive whole number");
  const length = slotMinutes * 60_000;
  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const slots: MeetingSlot[] = [];
  let lastEnd = -Infinity;
  for (const session of ordered) {
    const end = session.endsAt.getTime();
    for (let start = Math.max(session.startsAt.getTime(), lastEnd); start + length <= end; start += length) {
      slots.push({ index: slots.length, startsAt: new Date(start), endsAt: new Date(start + length) });
      lastEnd = start + length;
    }
  }
  return slots;
}

/** The slot that starts at this moment, or undefined. */
export function slotStartingAt(slots: readonly MeetingSlot[], startsAt: Date): MeetingSlot | undefined {
  const time = startsAt.getTime();
  return slots.find((slot) => slot.startsAt.getTime() === time);
}

/** Sessions that overlap another one, by their positions in the list given (for form errors). */
export function overlappingSessions(sessions: readonly MeetingSession[]): number[] {
  const overlapping = new Set<number>();
  sessions.forEach((a, i) =>
    sessions.forEach((b, j) => {
      if (i < j && a.startsAt < b.endsAt && b.startsAt < a.endsAt) overlapping.add(i).add(j);
    }),
  );
  return [...overlapping].sort((a, b) => a - b);
}
