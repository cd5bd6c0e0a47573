// A stored consortium's engine, rebuilt for staff's edits and the replacement candidates: the
// scope's suppliers, places and history loaded as the consortium run loads them, the context of
// its event (certificates valid on the event's first day, the event's weights) or of the city
// (today, default weights), and the consortium's demand (its buyer and sourcing request).
import "server-only";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import { loadPlaces } from "@/lib/matching/consortium-run";
import { type ConsortiumEngine, createConsortiumEngine } from "@/lib/matching/engine/consortium";
import type { Demand, MatchContext } from "@/lib/matching/engine/types";
import { weightsFrom } from "@/lib/matching/engine/weights";
import { loadDemands, loadHistory, loadSuppliers } from "@/lib/matching/load";
import { siteConfig } from "@/lib/site";

const utcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

export interface ConsortiumScope {
  engine: ConsortiumEngine;
  demand: Demand;
}

export async function consortiumScope(tx: DbClient, consortium: { eventId: string | null; buyerId: string; sourcingRequestId: string | null }): Promise<ConsortiumScope> {
  const event = consortium.eventId ? await tx.event.findUnique({ where: { id: consortium.eventId }, select: { startsAt: true, matchWeights: true } }) : null;
  const validOn = utcDay(event?.startsAt ?? new Date());
  const scope = { eventId: consortium.eventId, today: validOn };
  const [suppliers, demands, history, places] = await Promise.all([loadSuppliers(tx, scope), loadDemands(tx, scope), loadHistory(tx), loadPlaces(tx, consortium.eventId)]);
  const demand = demands.find((item) => item.buyerId === consortium.buyerId && item.requestId === consortium.sourcingRequestId);
  // The sourcing request was closed or the buyer left the event: the proposal can no longer change.
  if (!demand) throw new UserFacingError("Matching.consortium.errors.demandClosed");
  const context: MatchContext = {
    validOn,
    officeCity: siteConfig().city,
    weights: weightsFrom((event?.matchWeights ?? null) as Record<string, unknown> | null),
    historyPolicy: "penalise",
  };
  return { engine: createConsortiumEngine(suppliers, context, places, history), demand };
}
