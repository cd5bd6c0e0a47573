// Stores a batch's suggestions as Match rows for one scope (an event, or the city when eventId is
// null), so that re-runs are idempotent and never undo staff's work: a match staff approved,
// vetoed, pinned or added by hand, or that either side answered, is left exactly as it is; an
// undecided suggestion still in the top K gets the new score, one that fell out is removed, and
// new pairs are added. Runs for one scope are serialised with an advisory lock.
import type { DbClient } from "@/lib/db";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Suggestion } from "./batch";
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
 * one tuple per component, [key, value, weight, points, applicable 1|0, explanation key without
 * the component prefix, explanation values]. lib/matching/stored.ts reads it back.
 */
export function storedComponents(components: ScoreComponent[]): Prisma.InputJsonValue {
  return components.map((component) => [
    component.key,
    Math.round(component.value * 1000) / 1000,
    component.weight,
    Math.round(component.points * 10) / 10,
    component.applicable ? 1 : 0,
    component.explanation.key.slice(component.explanation.key.indexOf(".") + 1),
    component.explanation.values,
  ]);
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep key order, so compare this way. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** A collision-resistant id in the shape of Prisma's cuid() (25 lowercase letters and digits, starting with a letter). */
function createId(): string {
  const bytes = randomBytes(24);
  let id = "c";
  for (const byte of bytes) id += "abcdefghijklmnopqrstuvwxyz0123456789"[byte % 36];
  return id;
}

const keyOf = (enterpriseId: string, buyerId: string, requestId: string | null) => `${enterpriseId}|${buyerId}|${requestId ?? ""}`;

export async function storeSuggestions(tx: DbClient, eventId: string | null, demands: Demand[], suggestions: Suggestion[][]): Promise<StoreStats> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`matching:${eventId ?? "city"}`}))`;
  const existing = await tx.match.findMany({
    where: { eventId },
    select: { id: true, enterpriseId: true, buyerId: true, sourcingRequestId: true, status: true, pinned: true, manual: true, smeResponse: true, buyerResponse: true, score: true, components: true },
  });
  const desired = new Map<string, { enterpriseId: string; demand: Demand; suggestion: Suggestion }>();
  demands.forEach((demand, index) => {
    for (const suggestion of suggestions[index] ?? []) {
      desired.set(keyOf(suggestion.supplierId, demand.buyerId, demand.requestId), { enterpriseId: suggestion.supplierId, demand, suggestion });
    }
  });

  const stats: StoreStats = { created: 0, updated: 0, removed: 0, kept: 0 };
  const present = new Set<string>();
  const stale: string[] = [];
  for (const match of existing) {
    const key = keyOf(match.enterpriseId, match.buyerId, match.sourcingRequestId);
    present.add(key);
    const decided = match.status !== "SUGGESTED" || match.pinned || match.manual || match.smeResponse !== "PENDING" || match.buyerResponse !== "PENDING";
    if (decided) {
      stats.kept += 1;
      continue;
    }
    const wanted = desired.get(key);
    if (!wanted) {
      stale.push(match.id);
      continue;
    }
    const components = storedComponents(wanted.suggestion.components);
    if (match.score !== wanted.suggestion.score || canonical(match.components) !== canonical(components)) {
      await tx.match.update({ where: { id: match.id }, data: { score: wanted.suggestion.score, components } });
      stats.updated += 1;
    }
  }
  if (stale.length > 0) stats.removed = (await tx.match.deleteMany({ where: { id: { in: stale }, status: "SUGGESTED", pinned: false, manual: false } })).count;

  const fresh = [...desired.entries()].filter(([key]) => !present.has(key));
  for (let start = 0; start < fresh.length; start += 10_000) {
    // One JSON parameter per chunk: far faster than a parameter per column and row.
    const rows = fresh.slice(start, start + 10_000).map(([, { enterpriseId, demand, suggestion }]) => ({
      id: createId(),
      eventId,
      enterpriseId,
      buyerId: demand.buyerId,
      sourcingRequestId: demand.requestId,
      score: suggestion.score,
      components: storedComponents(suggestion.components),
    }));
    stats.created += await tx.$executeRaw`
      INSERT INTO "Match" (id, "eventId", "enterpriseId", "buyerId", "sourcingRequestId", score, components, "updatedAt")
      SELECT r.id, r."eventId", r."enterpriseId", r."buyerId", r."sourcingRequestId", r.score, r.components, now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(id text, "eventId" text, "enterpriseId" text, "buyerId" text, "sourcingRequestId" text, score int, components jsonb)
      ON CONFLICT ("eventId", "enterpriseId", "buyerId", "sourcingRequestId") DO NOTHING`;
  }
  return stats;
}
