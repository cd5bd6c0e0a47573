// The answers to an approved consortium: each member SME for itself (the enterprise from the
// session) and the buyer for the whole offer (the organisation from the session). An answer may
// change until the meeting request exists. When every member and the buyer have accepted, one
// ConsortiumMeetingRequest is created for the buyer and the whole consortium.
//
// Two answers at once: each first takes the consortium's row lock (lockConsortium), so the second
// waits for the first to commit and then, in READ COMMITTED, reads the first's answer: the last
// answer always sees all the others and exactly one request is made (the request's unique key on
// the consortium is the second guard). Without the lock, two last members answering at the same
// moment would each see the other still pending, and no request would be made at all.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { BuyerOwner, SmeOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import { openEventStatuses } from "@/lib/matching/responses";
import { ensureConsortiumMeeting } from "@/lib/meetings/groups";
import { lockConsortium } from "./curation";
import { notifyConsortiumMeeting } from "./notify";
import type { ConsortiumAnswerInput } from "./schemas";

export type ConsortiumSide = ({ side: "sme" } & SmeOwner) | ({ side: "buyer" } & BuyerOwner);

export interface ConsortiumAnswerResult {
  /** True when this answer completed the consortium and its meeting request now exists. */
  meetingRequested: boolean;
}

export async function answerConsortium(tx: DbClient, actor: ConsortiumSide, input: ConsortiumAnswerInput): Promise<ConsortiumAnswerResult> {
  const consortium = await lockConsortium(tx, input.consortiumId);
  const own = actor.side === "sme" ? consortium.members.some((member) => member.enterpriseId === actor.enterpriseId) : consortium.buyerId === actor.buyerId;
  if (!own) throw new UserFacingError("Matching.consortium.errors.notFound");
  if (consortium.status !== "APPROVED") throw new UserFacingError("Matching.consortium.errors.notApproved");
  if (consortium.eventId) {
    const event = await tx.event.findUnique({ where: { id: consortium.eventId }, select: { status: true } });
    if (!event || !openEventStatuses.includes(event.status)) throw new UserFacingError("Matching.errors.eventClosed");
  }
  const respondedAt = new Date();
  if (actor.side === "sme") {
    await tx.consortiumMember.update({ where: { consortiumId_enterpriseId: { consortiumId: consortium.id, enterpriseId: actor.enterpriseId } }, data: { response: input.answer, respondedAt } });
  } else {
    await tx.consortium.update({ where: { id: consortium.id }, data: { buyerResponse: input.answer } });
  }
  await recordAudit(tx, { actorId: actor.userId, action: "consortium.respond", entityType: "Consortium", entityId: consortium.id, data: { side: actor.side, answer: input.answer } });
  return { meetingRequested: await requestConsortiumMeeting(tx, consortium.id, actor.userId) };
}

/** Creates the meeting request when every member and the buyer have accepted; true when it exists now. */
async function requestConsortiumMeeting(tx: DbClient, consortiumId: string, actorId: string): Promise<boolean> {
  const current = await tx.consortium.findUniqueOrThrow({
    where: { id: consortiumId },
    select: { buyerId: true, buyerResponse: true, leadEnterpriseId: true, members: { select: { enterpriseId: true, response: true } } },
  });
  if (current.buyerResponse !== "ACCEPTED" || current.members.some((member) => member.response !== "ACCEPTED")) return false;
  const memberIds = current.members.map((member) => member.enterpriseId).sort((a, b) => (a === current.leadEnterpriseId ? -1 : b === current.leadEnterpriseId ? 1 : a < b ? -1 : 1));
  const { count } = await tx.consortiumMeetingRequest.createMany({ data: [{ consortiumId, buyerId: current.buyerId, memberIds }], skipDuplicates: true });
  if (count === 0) return true;
  const request = await tx.consortiumMeetingRequest.findUniqueOrThrow({ where: { consortiumId }, select: { id: true } });
  await recordAudit(tx, { actorId, action: "consortium.meetingRequest", entityType: "ConsortiumMeetingRequest", entityId: request.id, data: { consortiumId, buyerId: current.buyerId, memberIds } });
  // The group meeting the scheduler places (lib/meetings/groups.ts), when its parties are already
  // approved participants of the event; otherwise schedule generation makes it later.
  await ensureConsortiumMeeting(tx, actorId, consortiumId);
  await notifyConsortiumMeeting(tx, consortiumId);
  return true;
}
