// Loads what the matching engine scores, in three queries that do their grouping in PostgreSQL:
// the suppliers (published enterprises with their KBLI, published products' prices and minimum
// orders, and certificates), the demands (open sourcing requests, and the sourcing profile of
// every buyer without one), and the history of pairs who met. Scoped to an event's approved
// participants, or the whole city. Results are ordered by id so a run is reproducible.
// Given the pg connection under the caller's transaction (lib/transaction-connection.ts), the
// queries go straight to it: Prisma's handling of some 20,000 result rows cost a run tens of ms
// of CPU. Same statements, same transaction, same values either way (the types are the same).
import type pg from "pg";
import type { DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BuyerKind, CertificateType, CurationGrade, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { pairKey } from "./engine/batch";
import type { Demand, PairHistory, Supplier } from "./engine/types";

export interface MatchingScope {
  /** Only the event's approved participants; null: every published enterprise and every buyer. */
  eventId: string | null;
  /** Requests with a deadline before this day are no longer open for matching. */
  today: Date;
}

interface SupplierRow {
  id: string;
  kecamatanCode: string;
  monthlyCapacity: number | null;
  capacityUnit: string | null;
  exportReadinessTier: ExportReadinessTier | null;
  exportCountries: string | null;
  curationGrade: CurationGrade | null;
  targetBuyerKinds: string | null;
  primaryCode: string | null;
  codes: string | null;
  minOrder: number | null;
  priceMin: number | null;
  priceMax: number | null;
  certificates: { type: CertificateType; expiresAt: string | null; verified: boolean }[];
}

/** The rows of a query, through the transaction's pg connection when there is one, else through Prisma. */
async function queryRows<T extends object>(db: DbClient, connection: pg.ClientBase | null | undefined, statement: Prisma.Sql): Promise<T[]> {
  return connection ? (await connection.query<T>(statement.text, statement.values)).rows : db.$queryRaw<T[]>(statement);
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const list = (text: string | null) => (text ? text.split(",") : []);

/** Only the event's approved participants of one kind, by the column holding their id; nothing for the city. */
function participantsOnly(scope: MatchingScope, column: string, kind: "SME" | "BUYER"): Prisma.Sql {
  if (!scope.eventId) return Prisma.empty;
  const participant = Prisma.raw(kind === "SME" ? `p."enterpriseId" FROM "EventParticipant" p WHERE p.kind = 'SME'` : `p."buyerId" FROM "EventParticipant" p WHERE p.kind = 'BUYER'`);
  return Prisma.sql`AND ${Prisma.raw(column)} IN (SELECT ${participant} AND p."eventId" = ${scope.eventId} AND p.status = 'APPROVED')`;
}

export async function loadSuppliers(db: DbClient, scope: MatchingScope, connection?: pg.ClientBase | null): Promise<Supplier[]> {
  // Set-based: each part grouped once over its table and joined by enterprise, rather than
  // subqueries run once per enterprise, whose summed cost estimate made PostgreSQL spend longer
  // JIT-compiling the query than running it. Lists come as comma-separated text (KBLI codes,
  // country codes and buyer kinds hold no comma), far cheaper to read than array literals; the
  // codes of products and additional KBLI are sorted and deduplicated below, after the primary.
  const published = Prisma.sql`e.status = 'PUBLISHED' ${participantsOnly(scope, "e.id", "SME")}`;
  const rows = await queryRows<SupplierRow>(db, connection, Prisma.sql`
    WITH products AS (
      SELECT p."enterpriseId" AS id, min(p."minOrder")::int AS "minOrder",
        min(coalesce(p."priceMinRupiah", p."priceMaxRupiah"))::float8 AS "priceMin",
        max(coalesce(p."priceMaxRupiah", p."priceMinRupiah"))::float8 AS "priceMax",
        string_agg(k.code, ',') AS codes
      FROM "Product" p LEFT JOIN "Kbli" k ON k.id = p."kbliId"
      WHERE p.status = 'PUBLISHED' ${participantsOnly(scope, 'p."enterpriseId"', "SME")} GROUP BY p."enterpriseId"
    ), additional AS (
      SELECT ek."enterpriseId" AS id, string_agg(k.code, ',') AS codes
      FROM "EnterpriseKbli" ek JOIN "Kbli" k ON k.id = ek."kbliId"
      WHERE true ${participantsOnly(scope, 'ek."enterpriseId"', "SME")} GROUP BY ek."enterpriseId"
    ), certificates AS (
      SELECT c."enterpriseId" AS id, json_agg(json_build_object('type', c.type, 'expiresAt', c."expiresAt", 'verified', c."verifiedAt" IS NOT NULL) ORDER BY c.id) AS certificates
      FROM "Certificate" c WHERE true ${participantsOnly(scope, 'c."enterpriseId"', "SME")} GROUP BY c."enterpriseId"
    )
    SELECT e.id, e."kecamatanCode", e."monthlyCapacity", e."capacityUnit", e."exportReadinessTier"::text AS "exportReadinessTier",
      array_to_string(e."exportCountries", ',') AS "exportCountries", e."curationGrade"::text AS "curationGrade",
      array_to_string(e."targetBuyerKinds"::text[], ',') AS "targetBuyerKinds",
      primary_kbli.code AS "primaryCode", concat_ws(',', a.codes, pr.codes) AS codes,
      pr."minOrder", pr."priceMin", pr."priceMax", coalesce(c.certificates, '[]'::json) AS certificates
    FROM "Enterprise" e
    LEFT JOIN "Kbli" primary_kbli ON primary_kbli.id = e."primaryKbliId"
    LEFT JOIN products pr ON pr.id = e.id
    LEFT JOIN additional a ON a.id = e.id
    LEFT JOIN certificates c ON c.id = e.id
    WHERE ${published}
    ORDER BY e.id`);
  return rows.map((row) => ({
    id: row.id,
    kbliCodes: [...new Set([...(row.primaryCode ? [row.primaryCode] : []), ...list(row.codes).sort()])],
    monthlyCapacity: row.monthlyCapacity,
    capacityUnit: row.capacityUnit,
    minOrder: row.minOrder,
    priceMin: row.priceMin,
    priceMax: row.priceMax,
    exportReadinessTier: row.exportReadinessTier,
    exportCountries: list(row.exportCountries),
    certificates: row.certificates.map((certificate) => ({
      type: certificate.type,
      expiresAt: certificate.expiresAt ? new Date(`${certificate.expiresAt.slice(0, 10)}T00:00:00Z`) : null,
      verified: certificate.verified,
    })),
    kecamatanCode: row.kecamatanCode,
    curationGrade: row.curationGrade,
    targetBuyerKinds: list(row.targetBuyerKinds) as BuyerKind[],
  }));
}

interface DemandRow {
  requestId: string | null;
  buyerId: string;
  kind: BuyerKind;
  country: string;
  city: string;
  codes: string[];
  quantity: number | null;
  unit: string | null;
  targetMin: number | null;
  targetMax: number | null;
  required: CertificateType[];
  preferred: CertificateType[];
  destinations: string[];
}

export async function loadDemands(db: DbClient, scope: MatchingScope, connection?: pg.ClientBase | null): Promise<Demand[]> {
  const eventFilter = participantsOnly(scope, "b.id", "BUYER");
  const openRequest = Prisma.sql`r.status = 'OPEN' AND (r.deadline IS NULL OR r.deadline >= ${day(scope.today)}::date)`;
  const rows = await queryRows<DemandRow>(db, connection, Prisma.sql`
    SELECT r.id AS "requestId", b.id AS "buyerId", b.kind::text AS kind, b.country, b.city,
      CASE WHEN k.code IS NULL THEN ARRAY[]::text[] ELSE ARRAY[k.code] END AS codes,
      r."quantityPerMonth" AS quantity, r.unit, r."targetPriceMinRupiah"::float8 AS "targetMin", r."targetPriceMaxRupiah"::float8 AS "targetMax",
      coalesce(r."requiredCertificates"::text[], ARRAY[]::text[]) AS required, coalesce(b."requiredCertificates"::text[], ARRAY[]::text[]) AS preferred,
      CASE WHEN r."exportDestination" IS NULL THEN coalesce(b."exportDestinations", ARRAY[]::text[]) ELSE ARRAY[r."exportDestination"::text] END AS destinations
    FROM "SourcingRequest" r
    JOIN "BuyerOrganization" b ON b.id = r."buyerId"
    LEFT JOIN "Kbli" k ON k.id = r."kbliId"
    WHERE ${openRequest} ${eventFilter}
    UNION ALL
    SELECT NULL, b.id, b.kind::text, b.country, b.city,
      ARRAY(SELECT k.code FROM "BuyerKbli" bk JOIN "Kbli" k ON k.id = bk."kbliId" WHERE bk."buyerId" = b.id ORDER BY k.code),
      NULL, NULL, NULL, NULL, ARRAY[]::text[], coalesce(b."requiredCertificates"::text[], ARRAY[]::text[]), coalesce(b."exportDestinations", ARRAY[]::text[])
    FROM "BuyerOrganization" b
    WHERE NOT EXISTS (SELECT 1 FROM "SourcingRequest" r WHERE r."buyerId" = b.id AND ${openRequest}) ${eventFilter}
    ORDER BY 2, 1 NULLS LAST`);
  return rows.map((row) => ({
    requestId: row.requestId,
    buyerId: row.buyerId,
    buyerKind: row.kind,
    country: row.country.trim(),
    city: row.city,
    kecamatanCode: null,
    kbliCodes: row.codes,
    quantityPerMonth: row.quantity,
    unit: row.unit,
    orderSize: null,
    targetPriceMin: row.targetMin,
    targetPriceMax: row.targetMax,
    requiredCertificates: row.required,
    preferredCertificates: row.preferred,
    exportDestinations: row.destinations.map((country) => country.trim()),
  }));
}

/** Outcomes that count as a result of a meeting. */
const positiveOutcomes = ["FOLLOW_UP", "SAMPLE", "PURCHASE_ORDER", "DEAL"];

/** What came of earlier meetings, by pairKey(enterpriseId, buyerId). */
export async function loadHistory(db: DbClient, connection?: pg.ClientBase | null): Promise<Map<string, PairHistory>> {
  const rows = await queryRows<{ enterpriseId: string; buyerId: string; withoutResult: boolean; positive: boolean }>(db, connection, Prisma.sql`
    SELECT s."enterpriseId", b."buyerId",
      bool_or(m.outcome = 'NO_INTEREST') AS "withoutResult",
      bool_or(m.outcome::text = ANY(${positiveOutcomes})) AS positive
    FROM "Meeting" m
    JOIN "EventParticipant" s ON s.id = m."smeParticipantId"
    JOIN "EventParticipant" b ON b.id = m."buyerParticipantId"
    WHERE m.status = 'HELD' AND s."enterpriseId" IS NOT NULL AND b."buyerId" IS NOT NULL
    GROUP BY 1, 2`);
  // A later positive outcome outweighs an earlier fruitless meeting.
  return new Map(rows.map((row) => [pairKey(row.enterpriseId, row.buyerId), { metWithoutResult: row.withoutResult && !row.positive, positiveOutcome: row.positive }]));
}
