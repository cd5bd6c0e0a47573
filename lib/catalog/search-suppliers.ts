import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf } from "@/lib/pagination";
import { publishedEnterpriseSql, publishedEnterpriseWhere } from "./visibility";

export const supplierResultLimit = 6;

const supplierResultSelect = {
  id: true,
  slug: true,
  legalName: true,
  brandName: true,
  status: true,
  verifiedAt: true,
  kecamatan: { select: { name: true } },
  sentra: { select: { slug: true, name: true } },
} satisfies Prisma.EnterpriseSelect;

export type SupplierResult = Prisma.EnterpriseGetPayload<{ select: typeof supplierResultSelect }>;

/**
 * Published suppliers whose names or description match the search text, best first: full text
 * over Enterprise."searchDocument" (names weigh most), or, when that finds nothing, names with a
 * close spelling (trigram word similarity with pg_trgm's default threshold).
 */
export async function searchSuppliers(q: string, limit = supplierResultLimit): Promise<SupplierResult[]> {
  if (!q) return [];
  const tsquery = Prisma.sql`websearch_to_tsquery('indonesian', ${q})`;
  const visible = publishedEnterpriseSql("e");
  const rows = await db.$queryRaw<{ id: string }[]>`
    (SELECT e.id, ts_rank(e."searchDocument", ${tsquery}) AS rank
       FROM "Enterprise" e WHERE ${visible} AND e."searchDocument" @@ ${tsquery}
      ORDER BY rank DESC, e.id LIMIT ${limit})
    UNION ALL
    (SELECT e.id, word_similarity(${q}, e."searchName") AS rank
       FROM "Enterprise" e
      WHERE NOT EXISTS (SELECT 1 FROM "Enterprise" x WHERE ${publishedEnterpriseSql("x")} AND x."searchDocument" @@ ${tsquery})
        AND ${visible} AND ${q} <% e."searchName"
      ORDER BY rank DESC, e.id LIMIT ${limit})`;
  if (rows.length === 0) return [];
  const suppliers = await db.enterprise.findMany({
    where: { id: { in: rows.map((row) => row.id) }, ...publishedEnterpriseWhere },
    select: supplierResultSelect,
  });
  const byId = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
  return rows.flatMap((row) => byId.get(row.id) ?? []);
}

export const supplierPageSize = 24;

/**
 * The supplier directory (/katalog/pemasok): published suppliers, a page at a time. Without
 * search text in name order; with it, the same matching and ranking as searchSuppliers.
 */
export async function listSuppliers(q: string, page: number, pageSize = supplierPageSize): Promise<Paginated<SupplierResult>> {
  const offset = (page - 1) * pageSize;
  if (!q) {
    const [items, total] = await Promise.all([
      db.enterprise.findMany({ where: publishedEnterpriseWhere, select: supplierResultSelect, orderBy: [{ legalName: "asc" }, { id: "asc" }], skip: offset, take: pageSize }),
      db.enterprise.count({ where: publishedEnterpriseWhere }),
    ]);
    return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
  }
  const tsquery = Prisma.sql`websearch_to_tsquery('indonesian', ${q})`;
  const visible = publishedEnterpriseSql("e");
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    WITH text_hits AS (
      SELECT e.id, ts_rank(e."searchDocument", ${tsquery}) AS rank FROM "Enterprise" e WHERE ${visible} AND e."searchDocument" @@ ${tsquery}
    ), hits AS (
      SELECT id, rank FROM text_hits
      UNION ALL
      SELECT e.id, word_similarity(${q}, e."searchName") FROM "Enterprise" e
      WHERE NOT EXISTS (SELECT 1 FROM text_hits) AND ${visible} AND ${q} <% e."searchName"
    )
    SELECT id, count(*) OVER () AS total FROM hits ORDER BY rank DESC, id LIMIT ${pageSize} OFFSET ${offset}`;
  const total = Number(rows[0]?.total ?? (offset > 0 ? await countHits(q) : 0));
  const suppliers = rows.length === 0 ? [] : await db.enterprise.findMany({ where: { id: { in: rows.map((row) => row.id) }, ...publishedEnterpriseWhere }, select: supplierResultSelect });
  const byId = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
  return { items: rows.flatMap((row) => byId.get(row.id) ?? []), total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}

/** How many suppliers match, for a page past the last one (which returns no rows to count). */
async function countHits(q: string): Promise<number> {
  return (await listSuppliers(q, 1, 1)).total;
}
