// A participant's meetings as calendar entries (lib/calendar/ics.ts writes the file). Pure.
import type { CalendarEntry } from "@/lib/calendar/ics";

export type CalendarMeeting = { id: string; startsAt: Date; endsAt: Date; tableNumber: number; otherParty: string };

/**
 * One entry per meeting. The UID is the meeting's id at the portal's host, so downloading the
 * agenda again after a change updates the entries instead of adding copies.
 */
export function agendaEntries(
  meetings: readonly CalendarMeeting[],
  { host, venue, summary, url }: { host: string; venue: string; summary: (meeting: CalendarMeeting) => string; url?: string },
): CalendarEntry[] {
  return meetings.map((meeting) => ({
    uid: `meeting-${meeting.id}@${host}`,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    summary: summary(meeting),
    location: venue,
    url: url ?? null,
  }));
}
