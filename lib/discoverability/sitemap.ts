// What sitemap.xml lists: the public entry pages, every PUBLISHED supplier, and every PUBLISHED
// product of a PUBLISHED supplier (the same rules as the catalog pages themselves, so a draft,
// a product under curation, a rejected one, or anything of an unpublished supplier is never
// listed). Absolute addresses from the configured APP_URL.
import "server-only";
import type { MetadataRoute } from "next";
import { productHref, supplierHref } from "@/lib/catalog/paths";
import { db } from "@/lib/db";

/** One sitemap file holds at most 50,000 addresses (sitemaps.org); the newest pages win beyond that. */
export const maxSitemapEntries = 50_000;

/** The public pages that are always listed, with how often they change. */
const entryPages: { path: string; changeFrequency: "daily" | "weekly" }[] = [
  { path: "/", changeFrequency: "weekly" },
  { path: "/katalog", changeFrequency: "daily" },
  { path: "/katalog/pemasok", changeFrequency: "daily" },
  { path: "/acara", changeFrequency: "weekly" },
];

interface Listed {
  slug: string;
  updatedAt: Date;
}

/** Builds the entries from what was read. Pure. */
export function sitemapEntries(appUrl: string, suppliers: readonly Listed[], products: readonly Listed[], now: Date): MetadataRoute.Sitemap {
  const base = appUrl.replace(/\/$/, "");
  return [
    ...entryPages.map((page) => ({ url: `${base}${page.path}`, lastModified: now, changeFrequency: page.changeFrequency })),
    ...suppliers.map((supplier) => ({ url: `${base}${supplierHref(supplier.slug)}`, lastModified: supplier.updatedAt, changeFrequency: "weekly" as const })),
    ...products.map((product) => ({ url: `${base}${productHref(product.slug)}`, lastModified: product.updatedAt, changeFrequency: "weekly" as const })),
  ];
}

/** The published suppliers and products, newest change first, within the sitemap's limit. */
export async function listSitemapTargets(): Promise<{ suppliers: Listed[]; products: Listed[] }> {
  const room = maxSitemapEntries - entryPages.length;
  const suppliers = await db.enterprise.findMany({
    where: { status: "PUBLISHED" },
    select: { slug: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    take: room,
  });
  const products = await db.product.findMany({
    where: { status: "PUBLISHED", enterprise: { status: "PUBLISHED" } },
    select: { slug: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    take: Math.max(0, room - suppliers.length),
  });
  return { suppliers, products };
}
