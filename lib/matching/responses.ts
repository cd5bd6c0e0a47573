// The two sides' answers to an approved match. The SME answers for the session's enterprise, the
// buyer for the session's organisation: ownership and state are in the update's `where`, so a
// caller can answer only its own APPROVED matches of an event still ahead. When both have
// accepted, the meeting request is created in the same transaction.
//
// Changing an answer (declining after accepting, or the reverse) is allowed until the meeting
// request exists; from then on the meeting belongs to scheduling, and a change of mind goes
// through staff, who can see and cancel it there.
//
// Two answers at once: both updates touch the one Match row, so PostgreSQL runs them one after
// the other; the second reads the row back with the first's answer in it and requests the
// meeting, and the meeting's unique key makes a second request a no-op.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { BuyerOwner, SmeOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { requestMeeting } from "./meeting-request";
import type { RespondInput } from "./engine/schemas";

/** Answers are taken only for events still ahead (not completed or cancelled). */
export const openEventStatuses: EventStatus[] = ["DRAFT", "PUBLISHED"];

export type MatchSide = ({ side: "sme" } & SmeOwner) | ({ side: "buyer" } & BuyerOwner);

export interface RespondResult {
  /** True when this answer completed the pair and a meeting request now exists. */
  meetingRequested: boolean;
}

export async function respondToMatch(tx: DbClient, actor: MatchSide, input: RespondInput): Promise<RespondResult> {
  const owner = actor.side === "sme" ? { enterpriseId: actor.enterpriseId } : { buyerId: actor.buyerId };
  const data = actor.side === "sme" ? { smeResponse: input.answer } : { buyerResponse: input.answer };
  const [match] = await tx.match.updateManyAndReturn({
    where: { id: input.matchId, ...owner, status: "APPROVED", event: { is: { status: { in: openEventStatuses } } }, meetings: { none: {} } },
    data,
    select: { id: true, eventId: true, enterpriseId: true, buyerId: true, smeResponse: true, buyerResponse: true },
  });
  if (!match) {
    const mine = await tx.match.findFirst({ where: { id: input.matchId, ...owner, status: "APPROVED" }, select: { _count: { select: { meetings: true } } } });
    throw new UserFacingError(mine && mine._count.meetings > 0 ? "Matching.errors.meetingRequested" : "Matching.errors.notFound");
  }
  await recordAudit(tx, { actorId: actor.userId, action: "match.respond", entityType: "Match", entityId: match.id, data: { side: actor.side, answer: input.answer } });
  if (match.smeResponse !== "ACCEPTED" || match.buyerResponse !== "ACCEPTED") return { meetingRequested: false };
  const meeting = await requestMeeting(tx, match, actor.userId);
  return { meetingRequested: meeting.outcome !== "noParticipants" };
}
