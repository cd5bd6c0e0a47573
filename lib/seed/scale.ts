// Large synthetic data sets for benchmarks: e.g. 20,000 IKM with ~3 products each, 1,000 buyers
// and 2,000 sourcing requests. Deterministic for a seed (every row comes from its own seeded
// stream, see lib/random/seeded.ts); slugs start with "gen-<seed>-" and ids with
// "cgen<seed>", so synthetic rows never collide with demo data and are easy to delete. Running
// it twice with the same options inserts nothing the second time. No user accounts are made.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { syntheticBuyer, syntheticSourcingRequest } from "./demo-data/synthetic-buyers";
import { syntheticEnterprise, type SyntheticContext } from "./demo-data/synthetic-enterprise";
import { seedReferenceData } from "./reference";

export interface ScaleOptions {
  smes: number;
  /** Buyer organisations; default one per 20 SMEs (at least 20). */
  buyers?: number;
  /** Sourcing requests; default one per 10 SMEs. */
  requests?: number;
  /** Non-negative integer; default 1. */
  seed?: number;
  /** 0..1: about this share of the requests exceed any single IKM's capacity (bench:consortium); default 0. */
  pooledShare?: number;
}

/** Synthetic rows of this seed that exist after the run (the same numbers on a second run). */
export interface ScaleResult {
  enterprises: number;
  products: number;
  buyers: number;
  sourcingRequests: number;
  certificates: number;
}

/** Rows per INSERT statement (each batch travels as one JSON parameter). */
const ENTERPRISE_BATCH = 2000;
const BUYER_BATCH = 2000;
const REQUEST_BATCH = 2000;

function count(name: string, value: number | undefined, fallback: number): number {
  const result = value ?? fallback;
  if (!Number.isInteger(result) || result < 0) throw new RangeError(`seedScale: ${name} must be a whole number >= 0, got ${value}`);
  return result;
}

async function loadContext(db: PrismaClient, seed: number): Promise<SyntheticContext> {
  const [kbli, kelurahan] = await Promise.all([
    db.kbli.findMany({ where: { version: KBLI_VERSION, level: "SUBCLASS" }, select: { id: true, code: true } }),
    db.kelurahan.findMany({ select: { code: true, name: true, kecamatanCode: true }, orderBy: { code: "asc" } }),
  ]);
  const ids = new Map(kbli.map((row) => [row.code, row.id]));
  return {
    seed,
    kelurahan,
    kecamatanCodes: [...new Set(kelurahan.map((row) => row.kecamatanCode))],
    kbliId: (code) => {
      const id = ids.get(code);
      if (id === undefined) throw new Error(`seedScale: KBLI ${code} is not in KBLI ${KBLI_VERSION}`);
      return id;
    },
  };
}

type Row = Record<string, unknown>;

/**
 * INSERT ... SELECT FROM json_populate_recordset(...) ON CONFLICT DO NOTHING: the semantics of
 * createMany({ skipDuplicates: true }) with the whole batch in one bind parameter. Prisma's
 * createMany spends 1-2 ms of client time per row here, which made 20,000 IKM take over a
 * minute; this takes a few seconds. Table and column names come from this file, never from input.
 */
async function insertRows(db: PrismaClient, table: string, rows: readonly Row[], timestamps: boolean): Promise<number> {
  if (rows.length === 0) return 0;
  const now = new Date();
  const data = timestamps ? rows.map((row) => ({ createdAt: now, ...row, updatedAt: row.createdAt ?? now })) : rows;
  const columns = [...new Set(data.flatMap((row) => Object.keys(row)))].map((column) => `"${column}"`).join(", ");
  const json = JSON.stringify(data, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return db.$executeRaw`
    INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(columns)})
    SELECT ${Prisma.raw(columns)} FROM json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${json}::json)
    ON CONFLICT DO NOTHING`;
}

/** Inserts parent rows, skipping existing ones, and returns the ids that are now in the table. */
async function insertParents(
  db: PrismaClient,
  table: "Enterprise" | "BuyerOrganization",
  rows: readonly (Row & { id?: string })[],
): Promise<Set<string>> {
  const ids = rows.map((row) => row.id).filter((id): id is string => id !== undefined);
  const inserted = await insertRows(db, table, rows, true);
  if (inserted === ids.length) return new Set(ids);
  // Some rows were skipped: already there (a re-run), or a unique value taken by other data.
  const found =
    table === "Enterprise"
      ? await db.enterprise.findMany({ where: { id: { in: ids } }, select: { id: true } })
      : await db.buyerOrganization.findMany({ where: { id: { in: ids } }, select: { id: true } });
  return new Set(found.map((row) => row.id));
}

export async function seedScale(db: PrismaClient, options: ScaleOptions): Promise<ScaleResult> {
  const smes = count("smes", options.smes, 0);
  const buyers = count("buyers", options.buyers, Math.max(20, Math.round(smes / 20)));
  const requests = count("requests", options.requests, Math.round(smes / 10));
  const seed = count("seed", options.seed, 1);
  const pooledShare = options.pooledShare ?? 0;
  if (!(pooledShare >= 0 && pooledShare <= 1)) throw new RangeError(`seedScale: pooledShare must be between 0 and 1, got ${options.pooledShare}`);
  if (requests > 0 && buyers === 0) throw new RangeError("seedScale: sourcing requests need at least one buyer");

  await seedReferenceData(db);
  const ctx = await loadContext(db, seed);
  const result: ScaleResult = { enterprises: 0, products: 0, buyers: 0, sourcingRequests: 0, certificates: 0 };

  const presentBuyers = new Set<string>();
  for (let start = 0; start < buyers; start += BUYER_BATCH) {
    const batch = Array.from({ length: Math.min(BUYER_BATCH, buyers - start) }, (_, k) => syntheticBuyer(ctx, start + k));
    const rows = batch.map((item) => item.buyer);
    const present = await insertParents(db, "BuyerOrganization", rows);
    present.forEach((id) => presentBuyers.add(id));
    const kbli = batch.flatMap((item) => item.kbli).filter((row) => present.has(row.buyerId));
    await insertRows(db, "BuyerKbli", kbli, false);
    result.buyers += present.size;
  }

  for (let start = 0; start < smes; start += ENTERPRISE_BATCH) {
    const batch = Array.from({ length: Math.min(ENTERPRISE_BATCH, smes - start) }, (_, k) => syntheticEnterprise(ctx, start + k));
    const rows = batch.map((item) => item.enterprise);
    const present = await insertParents(db, "Enterprise", rows);
    const kept = batch.filter((item) => item.enterprise.id !== undefined && present.has(item.enterprise.id));
    const products: Prisma.ProductCreateManyInput[] = kept.flatMap((item) => item.products);
    const certificates: Prisma.CertificateCreateManyInput[] = kept.flatMap((item) => item.certificates);
    await insertRows(db, "EnterpriseKbli", kept.flatMap((item) => item.extraKbli), false);
    await insertRows(db, "Certificate", certificates, true);
    await insertRows(db, "Product", products, true);
    result.enterprises += kept.length;
    result.products += products.length;
    result.certificates += certificates.length;
  }

  for (let start = 0; start < requests; start += REQUEST_BATCH) {
    const rows = Array.from({ length: Math.min(REQUEST_BATCH, requests - start) }, (_, k) =>
      syntheticSourcingRequest(ctx, start + k, buyers, pooledShare),
    ).filter((row) => presentBuyers.has(row.buyerId));
    await insertRows(db, "SourcingRequest", rows, true);
    result.sourcingRequests += rows.length;
  }

  return result;
}
