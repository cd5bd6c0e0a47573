// The cache tags of the public pages that anonymous visitors get from Next's full-route cache
// (app/anonim/, chosen by proxy.ts). A write that changes what those pages show expires their tag
// at once, so the next anonymous visitor gets a freshly rendered page; the front cache of finished
// responses (front-cache.ts) is emptied with it. Leaf module: next/cache and front-registry.ts only.
import { revalidateTag } from "next/cache";
import { clearFrontCache } from "./front-registry";

/** catalog: product, supplier and sentra pages and the catalog lists; events: the event pages. */
export type PublicArea = "catalog" | "events";

export function publicCacheTag(area: PublicArea): string {
  return `public-${area}`;
}

/**
 * Expires the cached anonymous pages of these areas now (not stale-while-revalidate), and empties
 * this process's front cache, which holds finished pages of every area.
 */
export function revalidatePublicPages(...areas: PublicArea[]): void {
  for (const area of areas) revalidateTag(publicCacheTag(area), { expire: 0 });
  if (areas.length > 0) clearFrontCache();
}
