// Turns an approved match into a meeting request for the event's scheduling: a Meeting linking the
// match and the two approved EventParticipant rows, in status ACCEPTED (both sides accepted the
// match, or staff sent it to scheduling), so the scheduler places it. Idempotent through the
// database's unique key (event, SME participant, buyer participant): a second request for the
// same pair, at the same moment or later, finds the first and creates nothing.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { DbClient } from "@/lib/db";

export interface MatchForMeeting {
  id: string;
  eventId: string | null;
  enterpriseId: string;
  buyerId: string;
}

export type MeetingRequestResult =
  | { outcome: "created" | "exists"; meetingId: string }
  /** A city-wide match, or one side is no longer an approved participant of the event. */
  | { outcome: "noParticipants" };

export async function requestMeeting(tx: DbClient, match: MatchForMeeting, actorId: string | null): Promise<MeetingRequestResult> {
  if (!match.eventId) return { outcome: "noParticipants" };
  const participants = await tx.eventParticipant.findMany({
    where: { eventId: match.eventId, status: "APPROVED", OR: [{ kind: "SME", enterpriseId: match.enterpriseId }, { kind: "BUYER", buyerId: match.buyerId }] },
    select: { id: true, kind: true },
  });
  const sme = participants.find((participant) => participant.kind === "SME");
  const buyer = participants.find((participant) => participant.kind === "BUYER");
  if (!sme || !buyer) return { outcome: "noParticipants" };

  const key = { eventId: match.eventId, smeParticipantId: sme.id, buyerParticipantId: buyer.id, groupKey: "" };
  // ON CONFLICT DO NOTHING: two requests at once leave exactly one meeting, and neither fails.
  const { count } = await tx.meeting.createMany({ data: [{ ...key, matchId: match.id, status: "ACCEPTED" }], skipDuplicates: true });
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { eventId_smeParticipantId_buyerParticipantId_groupKey: key }, select: { id: true } });
  if (count === 0) return { outcome: "exists", meetingId: meeting.id };
  await recordAudit(tx, { actorId, action: "meeting.request", entityType: "Meeting", entityId: meeting.id, data: { matchId: match.id, eventId: match.eventId } });
  return { outcome: "created", meetingId: meeting.id };
}
