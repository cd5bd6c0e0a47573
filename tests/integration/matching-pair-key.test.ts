// Match's unique pair key leads with the enterprise (migration *_match_pair_key_leads_with_enterprise),
// and the enterprise has no index of its own any more: the key must serve what that index served
// (an SME's own matches, the cascade from a deleted enterprise, a pair looked up in an event),
// and still hold one match per pair and demand in a scope, a city-wide profile match (no event,
// no request) included (NULLS NOT DISTINCT).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { resetData } from "./reset";
import { seedMatchingParties } from "./support/matching-parties";

const enterpriseCount = 40;
const buyerCount = 30;

/** The plan of a query with sequential scans priced out: which index PostgreSQL can use for it, if any. */
async function plan(sql: Prisma.Sql): Promise<string> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });
}

describe("Match's pair key, led by the enterprise", () => {
  let enterpriseIds: string[] = [];
  let buyerIds: string[] = [];

  beforeAll(async () => {
    await resetData();
    ({ enterpriseIds, buyerIds } = await seedMatchingParties("kunci", enterpriseCount, buyerCount));
    await db.match.createMany({
      data: enterpriseIds.flatMap((enterpriseId, e) => buyerIds.map((buyerId, b) => ({ eventId: null, enterpriseId, buyerId, score: (e * 7 + b) % 100, components: [] }))),
    });
    await db.$executeRaw`ANALYZE "Match"`;
  });

  it("is the only index on the enterprise, and keeps NULLS NOT DISTINCT", async () => {
    const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
      SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'Match' AND indexdef LIKE '%enterpriseId%'`;
    expect(indexes).toEqual([
      { name: "Match_scope_pair_key", definition: expect.stringMatching(/UNIQUE INDEX .* \("enterpriseId", "eventId", "buyerId", "sourcingRequestId"\) NULLS NOT DISTINCT$/) },
    ]);
  });

  it("serves an SME's own matches, the cascade from a deleted enterprise and a pair in a scope", async () => {
    const [enterpriseId, other] = [enterpriseIds[3]!, enterpriseIds[4]!];
    const own = await plan(Prisma.sql`SELECT id FROM "Match" WHERE status = 'APPROVED' AND "eventId" IS NOT NULL AND "enterpriseId" = ${enterpriseId}`);
    const cascade = await plan(Prisma.sql`DELETE FROM "Match" WHERE "enterpriseId" = ANY (${[enterpriseId, other]}::text[])`);
    const pair = await plan(Prisma.sql`SELECT id FROM "Match" WHERE "eventId" IS NULL AND "enterpriseId" = ${enterpriseId} AND "buyerId" = ${buyerIds[0]!}`);
    for (const text of [own, cascade, pair]) {
      expect(text).toContain("Match_scope_pair_key");
      expect(text).not.toContain("Seq Scan");
    }
  });

  it("holds one match per pair and demand in a scope, without event or request too", async () => {
    const duplicate = db.match.create({ data: { eventId: null, enterpriseId: enterpriseIds[0]!, buyerId: buyerIds[0]!, sourcingRequestId: null, score: 50, components: [] } });
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
    expect(await db.match.count()).toBe(enterpriseCount * buyerCount);
  });
});
