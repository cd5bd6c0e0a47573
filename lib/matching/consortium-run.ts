// One consortium run for a scope, after its matching run and in its own transaction: load the
// scope's suppliers (with their sentra and kecamatan), demands and history, propose consortia
// for every demand whose volume no single eligible supplier covers (engine/consortium.ts), and
// store them beside the matches (consortium-store.ts), keeping staff's decisions. Runs of one
// scope queue behind each other on the scope's consortium lock.
import { db as defaultDb, type DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type ConsortiumEntry, storeConsortia } from "./consortium-store";
import { createConsortiumEngine, type SupplierPlace } from "./engine/consortium";
import type { MatchContext } from "./engine/types";
import { defaultWeights } from "./engine/weights";
import { loadDemands, loadHistory, loadSuppliers } from "./load";
import type { RunOptions } from "./run";
import type { StoreStats } from "./store";

export interface ConsortiumRunReport extends StoreStats {
  suppliers: number;
  demands: number;
  /** Demands with a volume that no single eligible supplier covers. */
  demandsNeedingPool: number;
  /** Of those, the demands with at least one consortium. */
  demandsPooled: number;
  proposals: number;
  loadMs: number;
  proposeMs: number;
  storeMs: number;
}

/** The advisory lock of a scope's consortia; hashtext() of it. */
export const consortiumLockKey = (eventId: string | null) => `consortia:${eventId ?? "city"}`;

/** Sentra and kecamatan of the scope's published enterprises, by id. */
export async function loadPlaces(tx: DbClient, eventId: string | null): Promise<Map<string, SupplierPlace>> {
  const participants = eventId
    ? Prisma.sql`AND e.id IN (SELECT p."enterpriseId" FROM "EventParticipant" p WHERE p.kind = 'SME' AND p."eventId" = ${eventId} AND p.status = 'APPROVED')`
    : Prisma.empty;
  const rows = await tx.$queryRaw<{ id: string; sentraId: string | null; sentraName: string | null; kecamatanName: string }[]>`
    SELECT e.id, e."sentraId", s.name AS "sentraName", k.name AS "kecamatanName"
    FROM "Enterprise" e JOIN "Kecamatan" k ON k.code = e."kecamatanCode" LEFT JOIN "Sentra" s ON s.id = e."sentraId"
    WHERE e.status = 'PUBLISHED' AND e."monthlyCapacity" IS NOT NULL ${participants}`;
  return new Map(rows.map(({ id, ...place }) => [id, place]));
}

export async function runConsortia(options: RunOptions, database = defaultDb): Promise<ConsortiumRunReport> {
  const started = performance.now();
  const scope = { eventId: options.eventId, today: options.validOn };
  return database.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${consortiumLockKey(options.eventId)}))`;
      const [suppliers, demands, history, places] = await Promise.all([loadSuppliers(tx, scope), loadDemands(tx, scope), loadHistory(tx), loadPlaces(tx, options.eventId)]);
      const loaded = performance.now();
      const context: MatchContext = {
        validOn: options.validOn,
        officeCity: options.officeCity,
        weights: options.weights ?? defaultWeights,
        historyPolicy: options.historyPolicy ?? "penalise",
      };
      const engine = createConsortiumEngine(suppliers, context, places, history);
      const entries: ConsortiumEntry[] = [];
      let needing = 0;
      let pooled = 0;
      for (const demand of demands) {
        const { needsPool, proposals } = engine.propose(demand);
        if (needsPool) needing += 1;
        if (proposals.length > 0) pooled += 1;
        for (const proposal of proposals) entries.push({ demand, proposal });
      }
      const proposed = performance.now();
      const stats = await storeConsortia(tx, options.eventId, entries);
      const stored = performance.now();
      return {
        ...stats,
        suppliers: suppliers.length,
        demands: demands.length,
        demandsNeedingPool: needing,
        demandsPooled: pooled,
        proposals: entries.length,
        loadMs: Math.round(loaded - started),
        proposeMs: Math.round(proposed - loaded),
        storeMs: Math.round(stored - proposed),
      };
    },
    { timeout: 120_000 },
  );
}
