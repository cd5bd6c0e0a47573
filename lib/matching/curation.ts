// Staff's curation of an event's matches: generate suggestions, approve, veto, pin, add a match by
// hand, write a note, and send approved matches to meeting scheduling. Every decision is one
// conditional update with the expected state in its `where`, so of two staff acting at once one
// wins and the other is told the match changed; every change is audited in its transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { db, type DbClient } from "@/lib/db";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import { notifyMatchApproved } from "@/lib/notifications/match";
import { siteConfig } from "@/lib/site";
import { pairKey } from "./engine/batch";
import { runConsortia } from "./consortium-run";
import { loadDemands, loadHistory, loadSuppliers } from "./load";
import { requestMeeting } from "./meeting-request";
import { MatchingRunInProgress, type RunReport, runMatching } from "./run";
import { scorePair } from "./engine/score";
import { storedComponents } from "./store";
import type { ManualMatchInput, NoteInput, WeightsInput } from "./engine/schemas";
import { componentKeys, type MatchContext } from "./engine/types";
import { weightsFrom } from "./engine/weights";

/** Certificates must be valid on the event's first day (UTC calendar day of its start). */
function eventDay(startsAt: Date): Date {
  return new Date(Date.UTC(startsAt.getUTCFullYear(), startsAt.getUTCMonth(), startsAt.getUTCDate()));
}

async function openEvent(client: DbClient, eventId: string) {
  const event = await client.event.findUnique({ where: { id: eventId }, select: { id: true, startsAt: true, status: true, matchWeights: true } });
  if (!event) throw new UserFacingError("Matching.errors.eventNotFound");
  if (event.status === "COMPLETED" || event.status === "CANCELLED") throw new UserFacingError("Matching.errors.eventClosed");
  return event;
}

/** Scores the event's approved participants and stores the suggestions; staff's decisions stay. */
export async function generateMatches(actorId: string, eventId: string, database = db): Promise<RunReport> {
  const event = await openEvent(database, eventId);
  const weights = weightsFrom(event.matchWeights as Record<string, unknown> | null);
  // Of two runs started at once (two staff, two servers, a double click) one runs; the other is told.
  const options = { eventId, validOn: eventDay(event.startsAt), officeCity: siteConfig().city, weights };
  const report = await runMatching(options, database).catch((error: unknown) => {
    throw error instanceof MatchingRunInProgress ? new UserFacingError("Matching.errors.runInProgress") : error;
  });
  // Pooled supply for the demands no single supplier covers, in its own transaction after the matches.
  const pooled = await runConsortia(options, database);
  const { created, updated, removed, kept, suppliers, demands, pairsScored } = report;
  await recordAudit(database, {
    actorId,
    action: "match.generate",
    entityType: "Event",
    entityId: eventId,
    data: {
      created,
      updated,
      removed,
      kept,
      suppliers,
      demands,
      pairsScored,
      consortia: { created: pooled.created, updated: pooled.updated, removed: pooled.removed, kept: pooled.kept, demandsNeedingPool: pooled.demandsNeedingPool },
    },
  });
  return report;
}

/** Staff's weights for the event's matching; they apply from the next generation on. */
export async function saveEventWeights(tx: DbClient, actorId: string, input: WeightsInput): Promise<void> {
  const event = await openEvent(tx, input.eventId);
  const weights = Object.fromEntries(componentKeys.map((key) => [key, input[key]]));
  await tx.event.update({ where: { id: event.id }, data: { matchWeights: weights } });
  await recordAudit(tx, { actorId, action: "match.weights", entityType: "Event", entityId: event.id, data: { before: event.matchWeights ?? null, after: weights } });
}

export type Decision = "approve" | "veto" | "pin" | "unpin";

const decisions: Record<Decision, { from: { status?: { in: MatchStatus[] }; pinned?: boolean }; data: { status?: MatchStatus; pinned?: boolean }; already: string }> = {
  approve: { from: { status: { in: ["SUGGESTED", "VETOED"] } }, data: { status: "APPROVED" }, already: "Matching.errors.alreadyApproved" },
  veto: { from: { status: { in: ["SUGGESTED", "APPROVED"] } }, data: { status: "VETOED" }, already: "Matching.errors.alreadyVetoed" },
  pin: { from: { pinned: false }, data: { pinned: true }, already: "Matching.errors.alreadyPinned" },
  unpin: { from: { pinned: true }, data: { pinned: false }, already: "Matching.errors.alreadyUnpinned" },
};

/**
 * Approve, veto, pin or unpin. A vetoed match can be approved again and an approved one vetoed,
 * except once a meeting was requested for it: that goes through scheduling.
 */
export async function decideMatch(tx: DbClient, actorId: string, matchId: string, decision: Decision): Promise<void> {
  const rule = decisions[decision];
  const guard = decision === "veto" ? { meetings: { none: {} } } : {};
  const { count } = await tx.match.updateMany({ where: { id: matchId, ...rule.from, ...guard }, data: rule.data });
  if (count === 0) {
    const match = await tx.match.findUnique({ where: { id: matchId }, select: { id: true, _count: { select: { meetings: true } } } });
    if (!match) throw new UserFacingError("Matching.errors.notFound");
    throw new UserFacingError(decision === "veto" && match._count.meetings > 0 ? "Matching.errors.meetingExists" : rule.already);
  }
  await recordAudit(tx, { actorId, action: `match.${decision}`, entityType: "Match", entityId: matchId });
  if (decision === "approve") await notifyMatchApproved(tx, matchId);
}

export async function saveNote(tx: DbClient, actorId: string, input: NoteInput): Promise<void> {
  const { count } = await tx.match.updateMany({ where: { id: input.matchId }, data: { staffNote: input.note === "" ? null : input.note } });
  if (count === 0) throw new UserFacingError("Matching.errors.notFound");
  await recordAudit(tx, { actorId, action: "match.note", entityType: "Match", entityId: input.matchId, data: { length: input.note.length } });
}

/**
 * A match staff add by hand between an approved SME and an approved buyer of the event: approved
 * at once, scored against the buyer's best-fitting demand when the engine can score the pair
 * (else score 0 with no components). One match per SME and buyer in an event.
 */
export async function addManualMatch(tx: DbClient, actorId: string, input: ManualMatchInput): Promise<{ matchId: string }> {
  const event = await openEvent(tx, input.eventId);
  // The same lock as a matching run: a run and a manual match for one event never interleave.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`matching:${event.id}`}))`;
  const [sme, buyer] = await Promise.all([
    tx.eventParticipant.findFirst({ where: { id: input.smeParticipantId, eventId: event.id, kind: "SME", status: "APPROVED" }, select: { enterpriseId: true } }),
    tx.eventParticipant.findFirst({ where: { id: input.buyerParticipantId, eventId: event.id, kind: "BUYER", status: "APPROVED" }, select: { buyerId: true } }),
  ]);
  if (!sme?.enterpriseId) throw new UserFacingError("Matching.errors.pickSme", "smeParticipantId");
  if (!buyer?.buyerId) throw new UserFacingError("Matching.errors.pickBuyer", "buyerParticipantId");
  const enterpriseId = sme.enterpriseId;
  const buyerId = buyer.buyerId;
  const duplicate = await tx.match.findFirst({ where: { eventId: event.id, enterpriseId, buyerId }, select: { id: true } });
  if (duplicate) throw new UserFacingError("Matching.errors.duplicate");

  const validOn = eventDay(event.startsAt);
  const scope = { eventId: event.id, today: validOn };
  const [suppliers, demands, history] = await Promise.all([loadSuppliers(tx, scope), loadDemands(tx, scope), loadHistory(tx)]);
  const supplier = suppliers.find((candidate) => candidate.id === enterpriseId);
  const context: MatchContext = { validOn, officeCity: siteConfig().city, weights: weightsFrom(event.matchWeights as Record<string, unknown> | null), historyPolicy: "penalise" };
  let best: { score: number; requestId: string | null; components: ReturnType<typeof storedComponents> } | null = null;
  for (const demand of supplier ? demands.filter((candidate) => candidate.buyerId === buyerId) : []) {
    const result = scorePair(supplier!, demand, context, history.get(pairKey(enterpriseId, buyerId)));
    if (!result.excluded && (!best || result.score > best.score)) {
      best = { score: result.score, requestId: demand.requestId, components: storedComponents(result.components) };
    }
  }
  const match = await tx.match.create({
    data: {
      eventId: event.id,
      enterpriseId,
      buyerId,
      sourcingRequestId: best?.requestId ?? null,
      score: best?.score ?? 0,
      components: best?.components ?? [],
      status: "APPROVED",
      manual: true,
    },
    select: { id: true },
  });
  await recordAudit(tx, { actorId, action: "match.manual", entityType: "Match", entityId: match.id, data: { eventId: event.id, score: best?.score ?? 0 } });
  await notifyMatchApproved(tx, match.id);
  return { matchId: match.id };
}

/** Staff's explicit send of one approved match, whatever the two sides answered so far. */
export async function sendToScheduling(tx: DbClient, actorId: string, matchId: string): Promise<"created" | "exists"> {
  const match = await tx.match.findUnique({ where: { id: matchId }, select: { id: true, eventId: true, enterpriseId: true, buyerId: true, status: true } });
  if (!match) throw new UserFacingError("Matching.errors.notFound");
  if (match.status !== "APPROVED") throw new UserFacingError("Matching.errors.notApproved");
  const result = await requestMeeting(tx, match, actorId);
  if (result.outcome === "noParticipants") throw new UserFacingError("Matching.errors.noParticipants");
  return result.outcome;
}

/** Every approved match of the event both sides accepted that has no meeting yet. */
export async function sendReadyToScheduling(tx: DbClient, actorId: string, eventId: string): Promise<number> {
  const ready = await tx.match.findMany({
    where: { eventId, status: "APPROVED", smeResponse: "ACCEPTED", buyerResponse: "ACCEPTED", meetings: { none: {} } },
    select: { id: true, eventId: true, enterpriseId: true, buyerId: true },
    orderBy: { id: "asc" },
  });
  let created = 0;
  for (const match of ready) {
    if ((await requestMeeting(tx, match, actorId)).outcome === "created") created += 1;
  }
  return created;
}
