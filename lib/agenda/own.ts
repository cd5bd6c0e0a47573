// What the agenda pages (screen, print) and the .ics download load for the signed-in user: their
// own agenda for the event and, once approved, their check-in code and QR code.
import "server-only";
import { partyOf } from "@/lib/auth/party";
import type { SessionUser } from "@/lib/auth/session-user";
import { checkInPath } from "@/lib/events/check-in-code";
import { env } from "@/lib/env";
import { getParticipantAgenda, type ParticipantAgenda } from "./queries";
import { qrSvg } from "./qr";

export type OwnAgenda = { agenda: ParticipantAgenda; checkIn: { code: string; url: string; svg: string } | null };

/** Null when the user has no party or the event is not public (the pages answer 404). */
export async function loadOwnAgenda(user: SessionUser, slug: string, { withQr = true } = {}): Promise<OwnAgenda | null> {
  const party = partyOf(user);
  if (!party) return null;
  const agenda = await getParticipantAgenda(party, slug);
  if (!agenda) return null;
  const participant = agenda.participant;
  if (!withQr || participant?.status !== "APPROVED") return { agenda, checkIn: null };
  // Approval sets the code (lib/events/mutations.ts); reading the agenda never writes. A participant
  // approved before codes existed (rows older than the column) has none: no QR code is shown until
  // staff approve them again, and they check in from the staff list meanwhile.
  const code = participant.checkInCode;
  if (!code) return { agenda, checkIn: null };
  const url = `${env().appUrl}${checkInPath(agenda.event.id, code)}`;
  return { agenda, checkIn: { code, url, svg: await qrSvg(url) } };
}
