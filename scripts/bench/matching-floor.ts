// The floor of bench:matching, timed in the same run as the engine: what reading the run's
// inputs and writing its output cost at the least. Reading: one plain query per table the run
// reads (the same rows: published enterprises and products, their KBLI and certificates, the KBLI
// codes, open sourcing requests, buyers and their KBLI, held meetings and their participants),
// one after another on one connection as the run's transaction does, no joins, no grouping.
// Writing: COPY of the rows the run wrote (the same text, read back beforehand and not timed)
// into an unindexed temporary table shaped like "Match": no index, key or trigger to maintain.
import pg from "pg";
import { copyFrom, copyText } from "./copy";

const readQueries = (today: string): [string, unknown[]][] => [
  [`SELECT id, "kecamatanCode", "monthlyCapacity", "capacityUnit", "exportReadinessTier", "exportCountries", "curationGrade", "targetBuyerKinds", "primaryKbliId" FROM "Enterprise" WHERE status = 'PUBLISHED'`, []],
  [`SELECT "enterpriseId", "minOrder", "priceMinRupiah", "priceMaxRupiah", "kbliId" FROM "Product" WHERE status = 'PUBLISHED'`, []],
  [`SELECT "enterpriseId", "kbliId" FROM "EnterpriseKbli"`, []],
  [`SELECT "enterpriseId", type, "expiresAt", "verifiedAt" FROM "Certificate"`, []],
  [`SELECT id, code FROM "Kbli"`, []],
  [
    `SELECT id, "buyerId", "kbliId", "quantityPerMonth", unit, "targetPriceMinRupiah", "targetPriceMaxRupiah", "requiredCertificates", "exportDestination" FROM "SourcingRequest" WHERE status = 'OPEN' AND (deadline IS NULL OR deadline >= $1::date)`,
    [today],
  ],
  [`SELECT id, kind, country, city, "requiredCertificates", "exportDestinations" FROM "BuyerOrganization"`, []],
  [`SELECT "buyerId", "kbliId" FROM "BuyerKbli"`, []],
  [`SELECT "smeParticipantId", "buyerParticipantId", outcome FROM "Meeting" WHERE status = 'HELD'`, []],
  [`SELECT id, "enterpriseId", "buyerId" FROM "EventParticipant" WHERE id IN (SELECT "smeParticipantId" FROM "Meeting" WHERE status = 'HELD' UNION SELECT "buyerParticipantId" FROM "Meeting" WHERE status = 'HELD')`, []],
];

/** The columns the run writes (lib/matching/store.ts); the others keep their defaults. */
const columns = `id, "eventId", "enterpriseId", "buyerId", "sourcingRequestId", score, components, "updatedAt"`;

export interface MatchingFloor {
  /** The rows COPY writes: the city's suggestions as the run stored them. */
  rows: number;
  /** Times one floor: the reads, then the COPY. */
  time(): Promise<{ readMs: number; copyMs: number; floorMs: number }>;
  close(): Promise<void>;
}

/** Opens its own connection and reads back what the city-wide run stored, for the COPY. */
export async function openMatchingFloor(databaseUrl: string, today: Date): Promise<MatchingFloor> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const stored = await client.query<(string | number | null)[]>({
    text: `SELECT id, "eventId", "enterpriseId", "buyerId", "sourcingRequestId", score, components::text, "updatedAt"::text FROM "Match" WHERE "eventId" IS NULL AND status = 'SUGGESTED'`,
    rowMode: "array",
  });
  const text = copyText(stored.rows);
  await client.query(`CREATE TEMPORARY TABLE match_floor (LIKE "Match" INCLUDING DEFAULTS)`);
  const day = today.toISOString().slice(0, 10);
  return {
    rows: stored.rows.length,
    async time() {
      await client.query("TRUNCATE match_floor");
      const started = performance.now();
      for (const [sql, values] of readQueries(day)) await client.query(sql, values);
      const read = performance.now();
      const copied = await copyFrom(client, `COPY match_floor (${columns}) FROM STDIN`, text);
      const ended = performance.now();
      if (copied !== stored.rows.length) throw new Error(`COPY wrote ${copied} rows, not ${stored.rows.length}`);
      return { readMs: read - started, copyMs: ended - read, floorMs: ended - started };
    },
    close: () => client.end(),
  };
}
