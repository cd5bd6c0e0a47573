// A scope without matches is filled by COPY statements of 10,000 rows each, one after another
// (lib/matching/store.ts copyStore, lib/copy-in.ts): every row arrives, counted once; a row whose
// parent is missing, in a later statement than the first, fails the whole write with the foreign
// key's 23503, and nothing of the run stays. The same with the rows laid out by write() and with
// the rows written as bytes into the store's `rows`, as a run's batch writes them (CopyRows); a
// row that cannot be laid out fails the write the same way, and the connection goes on serving.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sqlState } from "@/lib/db-errors";
import type { DbClient } from "@/lib/db";
import type { Suggestion } from "@/lib/matching/engine/batch";
import type { Demand } from "@/lib/matching/engine/types";
import { openStore, storeSuggestions, storedComponents, type StoreStats } from "@/lib/matching/store";
import { resetData } from "./reset";
import { seedMatchingParties } from "./support/matching-parties";

const enterpriseCount = 100;
const buyerCount = 105;

const demand = (buyerId: string): Demand => ({ requestId: null, buyerId }) as Demand;

type Write = (tx: DbClient, demands: Demand[], suggestions: Suggestion[][]) => Promise<StoreStats>;

/** The rows as a run's batch writes them: each pair's row begun, its components as the bytes of a JSON string, a flush every 20 demands. */
const asBytes: Write = async (tx, demands, suggestions) => {
  const session = await openStore(tx, null);
  const rows = session.rows;
  if (!rows) throw new Error("an empty scope on a server's connection takes rows as bytes");
  demands.forEach((demand, index) => {
    for (const suggestion of suggestions[index] ?? []) {
      rows.beginRow(suggestion.supplierId, demand, suggestion.score);
      rows.sink.utf8(JSON.stringify(storedComponents(suggestion.components)));
      rows.endRow();
    }
    if (index % 20 === 19) session.flushRows();
  });
  session.flushRows();
  return session.finish();
};

const writes: [string, Write][] = [
  ["laid out by write()", (tx, demands, suggestions) => storeSuggestions(tx, null, demands, suggestions)],
  ["written as bytes into its rows", asBytes],
];

describe.each(writes)("matching store, an empty scope written by COPY, %s", (_, write) => {
  let enterpriseIds: string[] = [];
  let buyerIds: string[] = [];

  beforeAll(async () => {
    await resetData();
    ({ enterpriseIds, buyerIds } = await seedMatchingParties("salin", enterpriseCount, buyerCount));
  });

  /** Every enterprise for each buyer: 10,500 rows, so three statements. */
  const everyPair = (buyers: string[]): [Demand[], Suggestion[][]] => [
    buyers.map(demand),
    buyers.map(() => enterpriseIds.map((supplierId, rank) => ({ supplierId, score: 90 - (rank % 50), components: [] }))),
  ];

  it("a row for a missing buyer in the second statement fails the write, and none of the rows stays", async () => {
    const buyers = [...buyerIds];
    buyers.splice(102, 0, "missing-buyer");
    const [demands, suggestions] = everyPair(buyers);
    const error = await db.$transaction((tx) => write(tx, demands, suggestions)).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(sqlState(error)).toBe("23503");
    expect(await db.match.count()).toBe(0);
  });

  it("writes every row once, across the statements, and counts them", async () => {
    const [demands, suggestions] = everyPair(buyerIds);
    const report = await db.$transaction((tx) => write(tx, demands, suggestions));
    expect(report).toEqual({ created: enterpriseCount * buyerCount, updated: 0, removed: 0, kept: 0 });
    expect(await db.match.count({ where: { eventId: null, status: "SUGGESTED" } })).toBe(enterpriseCount * buyerCount);
    const [sample] = await db.match.findMany({ where: { buyerId: buyerIds[104], enterpriseId: enterpriseIds[99] } });
    expect(sample).toMatchObject({ score: 90 - 49, sourcingRequestId: null, components: "[[],[],[],[],[],[],[],[],[]]" });
    // The statements, by the command id each gave its rows: 10,000 rows, then the rest.
    const statements = await db.$queryRaw<{ rows: number }[]>`SELECT count(*)::int AS rows FROM "Match" GROUP BY cmin::text::int ORDER BY cmin::text::int`;
    expect(statements.map(({ rows }) => rows)).toEqual([10_000, enterpriseCount * buyerCount - 10_000]);
    await db.match.deleteMany();
  });

  it("a row that cannot be laid out, in the second statement, fails the write; nothing stays and the connection goes on serving", async () => {
    const [demands, suggestions] = everyPair(buyerIds);
    suggestions[103]![5] = { ...suggestions[103]![5]!, supplierId: "e\tx" };
    const written = db.$transaction((tx) => write(tx, demands, suggestions));
    await expect(written).rejects.toThrow(/cannot be laid out/);
    expect(await db.match.count()).toBe(0);
    expect(await db.$transaction((tx) => tx.match.count())).toBe(0);
  });
});
