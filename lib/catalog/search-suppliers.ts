import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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
