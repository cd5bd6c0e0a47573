// What the public may see: the one definition, for Prisma queries and for raw SQL (catalog
// search, sitemap). A product is public when it and its enterprise are both PUBLISHED; an
// enterprise (supplier page) when it is PUBLISHED. Drafts, submissions, revision requests and
// rejections never reach the catalog, its search, its counts or the sitemap.
import { Prisma } from "@/lib/generated/prisma/client";

export const publishedEnterpriseWhere = { status: "PUBLISHED" } as const satisfies Prisma.EnterpriseWhereInput;

export const publishedProductWhere = {
  status: "PUBLISHED",
  enterprise: publishedEnterpriseWhere,
} as const satisfies Prisma.ProductWhereInput;

/**
 * The same set as publishedProductWhere, by the column the database triggers keep (see below):
 * no join, so a count over the whole catalog is an index-only scan (the home page's figures).
 */
export const catalogVisibleProductWhere = { catalogVisible: true } as const satisfies Prisma.ProductWhereInput;

/**
 * SQL condition for a public product row. Product."catalogVisible" is kept by database triggers
 * (migration catalog_search) as `status = 'PUBLISHED'` of the product and of its enterprise, so
 * this needs no join. `alias` names the "Product" row in the query (default p).
 */
export function publishedProductSql(alias = "p"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`publishedProductSql: bad alias ${alias}`);
  return Prisma.sql`${Prisma.raw(`"${alias}"."catalogVisible"`)}`;
}

/** SQL condition for a public enterprise row (alias default e). */
export function publishedEnterpriseSql(alias = "e"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`publishedEnterpriseSql: bad alias ${alias}`);
  return Prisma.sql`${Prisma.raw(`"${alias}"."status"`)} = 'PUBLISHED'`;
}
