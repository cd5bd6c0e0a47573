// Stores a batch's suggestions as Match rows for one scope (an event, or the city when eventId is
// null), so that re-runs are idempotent and never undo staff's work: a match staff approved,
// vetoed, pinned or added by hand, or that either side answered, is left exactly as it is; an
// undecided suggestion still in the top K gets the new score, one that fell out is removed, and
// new pairs are added. Runs for one scope are serialised with an advisory lock, and the unique
// index on (event, enterprise, buyer, request) backs it.
import type { DbClient } from "@/lib/db";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Suggestion } from "./batch";
import { explanationParams, storedKeys } from "./stored-format";
import type { Demand, ScoreComponent } from "./types";

export interface StoreStats {
  created: number;
  updated: number;
  removed: number;
  /** Matches left alone because staff or a participant acted on them. */
  kept: number;
}

/**
 * What a Match row stores for its components, compactly (tens of thousands of rows per run):
 * one array per component, in the order of storedKeys: [value, weight, points, applicable 1|0,
 * explanation key without the component prefix, ...explanation values in the order of
 * explanationParams, trailing empty ones left out]. lib/matching/stored.ts reads it back.
 */
export function storedComponents(components: ScoreComponent[]): Prisma.InputJsonValue {
  return storedKeys.map((key) => {
    const component = components.find((item) => item.key === key);
    if (!component) return [];
    const values = explanationParams[key].map((name) => component.explanation.values[name] ?? null);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return [
      Math.round(component.value * 1000) / 1000,
      component.weight,
      Math.round(component.points * 10) / 10,
      component.applicable ? 1 : 0,
      component.explanation.key.slice(component.explanation.key.indexOf(".") + 1),
      ...values,
    ];
  });
}

/** A collision-resistant id in the shape of Prisma's cuid() (25 lowercase letters and digits, starting with a letter). */
function createId(): string {
  const bytes = randomBytes(24);
  let id = "c";
  for (const byte of bytes) id += "abcdefghijklmnopqrstuvwxyz0123456789"[byte % 36];
  return id;
}

const undecided = Prisma.sql`"Match".status = 'SUGGESTED' AND NOT "Match".pinned AND NOT "Match".manual AND "Match"."smeResponse" = 'PENDING' AND "Match"."buyerResponse" = 'PENDING'`;

/** Stores a run's suggestions a chunk at a time (the run scores the next chunk meanwhile). */
export interface StoreSession {
  write(demands: Demand[], suggestions: Suggestion[][]): Promise<void>;
  /** Removes the undecided suggestions the run no longer makes, and counts. */
  finish(): Promise<StoreStats>;
}

/**
 * Opens a store for one scope inside the caller's transaction, after taking the scope's advisory
 * lock (runs and manual matches of one scope never interleave). Each write is one upsert: new
 * pairs are inserted; an existing pair is updated only while undecided and only if its score or
 * components changed; a decided one is never touched. The SQL does the comparing, so a re-run
 * reads nothing back.
 */
export async function openStore(tx: DbClient, eventId: string | null): Promise<StoreSession> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`matching:${eventId ?? "city"}`}))`;
  const keys: { e: string; b: string; r: string | null }[] = [];
  const stats: StoreStats = { created: 0, updated: 0, removed: 0, kept: 0 };
  return {
    async write(demands, suggestions) {
      const rows = demands.flatMap((demand, index) =>
        (suggestions[index] ?? []).map((suggestion) => ({
          id: createId(),
          eventId,
          enterpriseId: suggestion.supplierId,
          buyerId: demand.buyerId,
          sourcingRequestId: demand.requestId,
          score: suggestion.score,
          components: storedComponents(suggestion.components),
        })),
      );
      for (const row of rows) keys.push({ e: row.enterpriseId, b: row.buyerId, r: row.sourcingRequestId });
      for (let start = 0; start < rows.length; start += 10_000) {
        // One JSON parameter per chunk: far faster than a parameter per column and row.
        const [counts] = await tx.$queryRaw<{ created: number; updated: number }[]>`
          WITH written AS (
            INSERT INTO "Match" (id, "eventId", "enterpriseId", "buyerId", "sourcingRequestId", score, components, "updatedAt")
            SELECT r.id, r."eventId", r."enterpriseId", r."buyerId", r."sourcingRequestId", r.score, r.components, now()
            FROM jsonb_to_recordset(${JSON.stringify(rows.slice(start, start + 10_000))}::jsonb)
              AS r(id text, "eventId" text, "enterpriseId" text, "buyerId" text, "sourcingRequestId" text, score int, components jsonb)
            ON CONFLICT ("eventId", "enterpriseId", "buyerId", "sourcingRequestId") DO UPDATE
              SET score = EXCLUDED.score, components = EXCLUDED.components, "updatedAt" = now()
              WHERE ${undecided} AND ("Match".score <> EXCLUDED.score OR "Match".components <> EXCLUDED.components)
            RETURNING (xmax = 0) AS inserted
          )
          SELECT (count(*) FILTER (WHERE inserted))::int AS created, (count(*) FILTER (WHERE NOT inserted))::int AS updated FROM written`;
        stats.created += counts?.created ?? 0;
        stats.updated += counts?.updated ?? 0;
      }
    },
    async finish() {
      // NOT IN over the run's keys becomes a hashed subplan whatever the row estimates are (a
      // NOT EXISTS could be planned as a nested loop over tens of thousands of rows each side).
      stats.removed = await tx.$executeRaw`
        DELETE FROM "Match" WHERE "eventId" IS NOT DISTINCT FROM ${eventId} AND ${undecided}
          AND ("enterpriseId", "buyerId", coalesce("sourcingRequestId", '')) NOT IN (
            SELECT k.e, k.b, coalesce(k.r, '') FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS k(e text, b text, r text)
          )`;
      const [kept] = await tx.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM "Match" WHERE "eventId" IS NOT DISTINCT FROM ${eventId} AND NOT (${undecided})`;
      stats.kept = kept?.count ?? 0;
      return stats;
    },
  };
}

/** A whole run's suggestions at once. */
export async function storeSuggestions(tx: DbClient, eventId: string | null, demands: Demand[], suggestions: Suggestion[][]): Promise<StoreStats> {
  const session = await openStore(tx, eventId);
  await session.write(demands, suggestions);
  return session.finish();
}
