// GET /sitemap.xml: the public entry pages, published suppliers and their published products.
import type { MetadataRoute } from "next";
import { listSitemapTargets, sitemapEntries } from "@/lib/discoverability/sitemap";
import { env } from "@/lib/env";

// Read at request time: the catalog changes all day, and the build has no database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { suppliers, products } = await listSitemapTargets();
  return sitemapEntries(env().appUrl, suppliers, products, new Date());
}
