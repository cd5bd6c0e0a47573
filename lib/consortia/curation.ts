// Staff's work on a consortium proposal: approve, veto, or edit it (the member set and the lead;
// capacity, shares, score and explanation recomputed by the engine's own functions; edited, so a
// re-run keeps it). Every change takes the consortium's row lock first, as the answers do
// (answers.ts), so a decision, an edit and an answer never interleave. Nothing changes once the
// meeting request exists: the consortium then belongs to scheduling.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MatchResponse } from "@/lib/generated/prisma/enums";
import type { PoolCandidate } from "@/lib/matching/engine/consortium-optimise";
import { notifyConsortiumApproved } from "./notify";
import type { ConsortiumEditInput } from "./schemas";
import { consortiumScope } from "./scope";

/** Locks the consortium's row for the transaction; refuses a missing one, or one already sent to a meeting. */
export async function lockConsortium(tx: DbClient, consortiumId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Consortium" WHERE id = ${consortiumId} FOR UPDATE`;
  if (!row) throw new UserFacingError("Matching.consortium.errors.notFound");
  const consortium = await tx.consortium.findUniqueOrThrow({
    where: { id: consortiumId },
    include: { members: { orderBy: { share: "desc" } }, meetingRequest: { select: { id: true } } },
  });
  if (consortium.meetingRequest) throw new UserFacingError("Matching.consortium.errors.meetingExists");
  return consortium;
}

export type ConsortiumDecision = "approve" | "veto";

export async function decideConsortium(tx: DbClient, actorId: string, consortiumId: string, decision: ConsortiumDecision): Promise<void> {
  const consortium = await lockConsortium(tx, consortiumId);
  const status = decision === "approve" ? "APPROVED" : "VETOED";
  if (consortium.status === status) throw new UserFacingError(decision === "approve" ? "Matching.consortium.errors.alreadyApproved" : "Matching.consortium.errors.alreadyVetoed");
  await tx.consortium.update({ where: { id: consortiumId }, data: { status } });
  await recordAudit(tx, { actorId, action: `consortium.${decision}`, entityType: "Consortium", entityId: consortiumId, data: { members: consortium.members.map((member) => member.enterpriseId) } });
  if (decision === "approve") await notifyConsortiumApproved(tx, consortiumId);
}

const editErrors = {
  size: "Matching.consortium.errors.size",
  lead: "Matching.consortium.errors.lead",
  ineligible: "Matching.consortium.errors.ineligible",
  notCovered: "Matching.consortium.errors.notCovered",
} as const;

/**
 * Replaces the member set and the lead. Members who stay keep their answer when their share is
 * unchanged (otherwise they are asked again); new members are asked; the buyer is asked again
 * when the members changed, since the offer did.
 */
export async function editConsortium(tx: DbClient, actorId: string, input: ConsortiumEditInput): Promise<void> {
  const consortium = await lockConsortium(tx, input.consortiumId);
  const { engine, demand } = await consortiumScope(tx, consortium);
  const result = engine.evaluate(demand, consortium.productLine, input.memberIds, input.leadId, consortium.rank);
  if ("error" in result) throw new UserFacingError(editErrors[result.error]);
  const { proposal } = result;
  const before = new Map(consortium.members.map((member) => [member.enterpriseId, member]));
  const membersChanged = proposal.key !== consortium.memberKey;
  if (membersChanged) {
    // The same set proposed separately for the demand: an untouched proposal gives way to the
    // edited one; one staff decided or someone answered stays, and the edit is refused.
    const duplicate = await tx.consortium.findFirst({
      where: { eventId: consortium.eventId, buyerId: consortium.buyerId, sourcingRequestId: consortium.sourcingRequestId, memberKey: proposal.key, NOT: { id: consortium.id } },
      select: { id: true, status: true, edited: true, buyerResponse: true, members: { where: { response: { not: "PENDING" } }, select: { id: true } } },
    });
    if (duplicate) {
      const untouched = duplicate.status === "PROPOSED" && !duplicate.edited && duplicate.buyerResponse === "PENDING" && duplicate.members.length === 0;
      if (!untouched) throw new UserFacingError("Matching.consortium.errors.duplicate");
      await tx.consortium.delete({ where: { id: duplicate.id } });
    }
  }
  await tx.consortium.update({
    where: { id: consortium.id },
    data: {
      memberKey: proposal.key,
      score: proposal.score,
      quantityPerMonth: proposal.quantity,
      unit: proposal.unit,
      combinedCapacity: proposal.capacity,
      explanation: proposal.explanation as unknown as Prisma.InputJsonValue,
      leadEnterpriseId: proposal.leadId,
      edited: true,
      ...(membersChanged ? { buyerResponse: "PENDING" as MatchResponse } : {}),
    },
  });
  const kept = new Set(proposal.members.map((member) => member.supplierId));
  await tx.consortiumMember.deleteMany({ where: { consortiumId: consortium.id, enterpriseId: { notIn: [...kept] } } });
  for (const member of proposal.members) {
    const old = before.get(member.supplierId);
    const values = { share: member.share, capacity: member.capacity, pairScore: member.pairScore };
    const keepAnswer = old !== undefined && old.share === member.share;
    await tx.consortiumMember.upsert({
      where: { consortiumId_enterpriseId: { consortiumId: consortium.id, enterpriseId: member.supplierId } },
      create: { consortiumId: consortium.id, enterpriseId: member.supplierId, ...values },
      update: { ...values, ...(keepAnswer ? {} : { response: "PENDING", respondedAt: null }) },
    });
  }
  await recordAudit(tx, {
    actorId,
    action: "consortium.edit",
    entityType: "Consortium",
    entityId: consortium.id,
    data: { from: consortium.memberKey.split(","), to: proposal.key.split(","), lead: proposal.leadId, combinedCapacity: proposal.capacity, score: proposal.score },
  });
  if (consortium.status === "APPROVED") await notifyConsortiumApproved(tx, consortium.id);
}

/** The suppliers staff may pick from for a consortium: its product line's eligible candidates, best pair score first. */
export async function consortiumCandidates(tx: DbClient, consortiumId: string): Promise<PoolCandidate[]> {
  const consortium = await tx.consortium.findUnique({ where: { id: consortiumId }, select: { eventId: true, buyerId: true, sourcingRequestId: true, productLine: true } });
  if (!consortium) return [];
  const { engine, demand } = await consortiumScope(tx, consortium);
  const line = engine.candidates(demand).find((item) => item.productLine === consortium.productLine);
  return [...(line?.candidates ?? [])].sort((a, b) => b.pairScore - a.pairScore || b.capacity - a.capacity || (a.id < b.id ? -1 : 1));
}
