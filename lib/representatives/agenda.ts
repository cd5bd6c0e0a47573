// One representative's agenda: the participant's agenda (lib/agenda/own.ts) narrowed to the
// meetings where that person holds the party's seat, with that person's own check-in code.
// Screen, print and .ics all load it, so they always agree.
import "server-only";
import { loadOwnAgenda, type OwnAgenda } from "@/lib/agenda/own";
import { qrSvg } from "@/lib/agenda/qr";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { checkInPath } from "@/lib/events/check-in-code";
import { env } from "@/lib/env";
import { isRecordId } from "@/lib/http/record-id";
import { type Representative, representativesOf } from "./queries";

export type PersonAgenda = OwnAgenda & { people: Representative[]; person: Representative | null };

/** The query parameter naming the person: ?wakil=<representative id>. */
export const personParam = "wakil";

export function personQuery(person: Representative | null): string {
  return person ? `?${personParam}=${encodeURIComponent(person.id)}` : "";
}

/** The meetings of `meetingIds` where this person sits for the participant. */
async function seatedMeetingIds(participantId: string, representativeId: string, meetingIds: string[]): Promise<Set<string>> {
  if (meetingIds.length === 0) return new Set();
  const seats = await db.meetingSeat.findMany({ where: { participantId, representativeId, meetingId: { in: meetingIds } }, select: { meetingId: true } });
  return new Set(seats.map((seat) => seat.meetingId));
}

/**
 * The signed-in party's agenda, for one of its people when `personId` names one of them (an
 * unknown id shows everyone's); null when the pages answer 404.
 */
export async function loadPersonAgenda(user: SessionUser, slug: string, personId: string | undefined, { withQr = true } = {}): Promise<PersonAgenda | null> {
  const own = await loadOwnAgenda(user, slug, { withQr });
  if (!own) return null;
  const participant = own.agenda.participant;
  if (!participant || participant.status !== "APPROVED") return { ...own, people: [], person: null };
  const people = (await representativesOf([participant.id])).get(participant.id) ?? [];
  const person = personId && isRecordId(personId) ? (people.find((candidate) => candidate.id === personId) ?? null) : null;
  if (!person) return { ...own, people, person: null };
  const seated = await seatedMeetingIds(participant.id, person.id, own.agenda.meetings.map((meeting) => meeting.id));
  const agenda = { ...own.agenda, meetings: own.agenda.meetings.filter((meeting) => seated.has(meeting.id)) };
  const code = person.checkInCode;
  if (!withQr || !code) return { agenda, checkIn: null, people, person };
  const url = `${env().appUrl}${checkInPath(agenda.event.id, code)}`;
  return { agenda, checkIn: { code, url, svg: await qrSvg(url) }, people, person };
}
