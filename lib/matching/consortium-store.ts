// Stores a run's consortium proposals for one scope (an event, or the city when eventId is null)
// beside its matches, idempotently and without undoing anyone's work: a proposal staff approved,
// vetoed or edited, or that the buyer or a member answered, is left exactly as it is; an
// undecided one the run proposes again is updated (rank, score, shares, explanation) only when
// something changed; an undecided one the run no longer proposes is removed; new ones are added.
// A proposal is identified in its scope by buyer, sourcing request and member set (memberKey),
// backed by a unique index. The caller holds the scope's consortium lock (consortium-run.ts).
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConsortiumProposal } from "./engine/consortium";
import type { Demand } from "./engine/types";
import type { StoreStats } from "./store";

export interface ConsortiumEntry {
  demand: Demand;
  proposal: ConsortiumProposal;
}

interface ExistingRow {
  id: string;
  buyerId: string;
  sourcingRequestId: string | null;
  memberKey: string;
  decided: boolean;
}

/** Ids in the shape lib/http/record-id accepts (lower-case letters and digits), so forms can name them. */
const newId = () => randomUUID().replaceAll("-", "");

const identity = (buyerId: string, requestId: string | null, memberKey: string) => `${buyerId}\u0000${requestId ?? ""}\u0000${memberKey}`;

/** Undecided: proposed, not edited, and nobody has answered yet. */
const decidedSql = Prisma.sql`(c.status <> 'PROPOSED' OR c.edited OR c."buyerResponse" <> 'PENDING'
  OR EXISTS (SELECT 1 FROM "ConsortiumMember" m WHERE m."consortiumId" = c.id AND m.response <> 'PENDING'))`;

function consortiumRow(id: string, eventId: string | null, { demand, proposal }: ConsortiumEntry) {
  return {
    id,
    eventId,
    buyerId: demand.buyerId,
    sourcingRequestId: demand.requestId,
    memberKey: proposal.key,
    rank: proposal.rank,
    score: proposal.score,
    quantityPerMonth: proposal.quantity,
    unit: proposal.unit,
    combinedCapacity: proposal.capacity,
    productLine: proposal.productLine,
    explanation: proposal.explanation,
    leadEnterpriseId: proposal.leadId,
  };
}

function memberRows(consortiumId: string, proposal: ConsortiumProposal) {
  return proposal.members.map((member) => ({ id: newId(), consortiumId, enterpriseId: member.supplierId, share: member.share, capacity: member.capacity, pairScore: member.pairScore }));
}

const consortiumColumns = Prisma.sql`id text, "eventId" text, "buyerId" text, "sourcingRequestId" text, "memberKey" text, rank int, score int,
  "quantityPerMonth" int, unit text, "combinedCapacity" int, "productLine" text, explanation jsonb, "leadEnterpriseId" text`;

/** Rows go as one JSON parameter each statement: one round trip, whatever their number. */
async function insertConsortia(tx: DbClient, rows: ReturnType<typeof consortiumRow>[]): Promise<number> {
  if (rows.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "Consortium" (id, "eventId", "buyerId", "sourcingRequestId", "memberKey", rank, score, "quantityPerMonth", unit, "combinedCapacity", "productLine", explanation, "leadEnterpriseId", "updatedAt")
    SELECT r.*, now() FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(${consortiumColumns})`;
}

async function insertMembers(tx: DbClient, rows: ReturnType<typeof memberRows>): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ConsortiumMember" (id, "consortiumId", "enterpriseId", share, capacity, "pairScore")
    SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id text, "consortiumId" text, "enterpriseId" text, share int, capacity int, "pairScore" int)`;
}

export async function storeConsortia(tx: DbClient, eventId: string | null, entries: ConsortiumEntry[]): Promise<StoreStats> {
  const inScope = eventId === null ? Prisma.sql`c."eventId" IS NULL` : Prisma.sql`c."eventId" = ${eventId}`;
  const existing = await tx.$queryRaw<ExistingRow[]>`
    SELECT c.id, c."buyerId", c."sourcingRequestId", c."memberKey", ${decidedSql} AS decided FROM "Consortium" c WHERE ${inScope}`;
  const byIdentity = new Map(existing.map((row) => [identity(row.buyerId, row.sourcingRequestId, row.memberKey), row]));
  const stats: StoreStats = { created: 0, updated: 0, removed: 0, kept: 0 };
  const inserts: ReturnType<typeof consortiumRow>[] = [];
  const updates: ReturnType<typeof consortiumRow>[] = [];
  const proposed = new Set<string>();
  const membersOf = new Map<string, ConsortiumProposal>();
  for (const entry of entries) {
    const key = identity(entry.demand.buyerId, entry.demand.requestId, entry.proposal.key);
    if (proposed.has(key)) continue;
    proposed.add(key);
    const row = byIdentity.get(key);
    if (row?.decided) continue;
    const id = row?.id ?? newId();
    membersOf.set(id, entry.proposal);
    (row ? updates : inserts).push(consortiumRow(id, eventId, entry));
  }

  stats.created = await insertConsortia(tx, inserts);
  await insertMembers(tx, inserts.flatMap((row) => memberRows(row.id, membersOf.get(row.id)!)));

  if (updates.length > 0) {
    // Only rows still undecided (checked again here) and only when something changed.
    const changed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Consortium" c SET rank = r.rank, score = r.score, "quantityPerMonth" = r."quantityPerMonth", unit = r.unit,
        "combinedCapacity" = r."combinedCapacity", "productLine" = r."productLine", explanation = r.explanation,
        "leadEnterpriseId" = r."leadEnterpriseId", "updatedAt" = now()
      FROM json_to_recordset(${JSON.stringify(updates)}::json) AS r(${consortiumColumns})
      WHERE c.id = r.id AND NOT ${decidedSql}
        AND (c.rank, c.score, c."quantityPerMonth", c.unit, c."combinedCapacity", c."productLine", c.explanation, c."leadEnterpriseId")
          IS DISTINCT FROM (r.rank, r.score, r."quantityPerMonth", r.unit, r."combinedCapacity", r."productLine", r.explanation, r."leadEnterpriseId")
      RETURNING c.id`;
    const ids = changed.map((row) => row.id);
    stats.updated = ids.length;
    if (ids.length > 0) {
      await tx.$executeRaw`DELETE FROM "ConsortiumMember" WHERE "consortiumId" = ANY(${ids}::text[])`;
      await insertMembers(tx, ids.flatMap((id) => memberRows(id, membersOf.get(id)!)));
    }
  }

  const stale = existing.filter((row) => !row.decided && !proposed.has(identity(row.buyerId, row.sourcingRequestId, row.memberKey))).map((row) => row.id);
  if (stale.length > 0) stats.removed = await tx.$executeRaw`DELETE FROM "Consortium" c WHERE c.id = ANY(${stale}::text[]) AND NOT ${decidedSql}`;
  stats.kept = existing.filter((row) => row.decided).length;
  return stats;
}
