import "server-only";
import { unstable_cache } from "next/cache";
import { type PublicArea, publicCacheTag } from "./tags";

/**
 * Tags the page being rendered with its area's cache tag (an empty data-cache entry carries the
 * tag; Next adds the tags of every cache read to the page's own cache entry), so
 * revalidatePublicPages() expires the cached page.
 */
export async function markPublicPage(area: PublicArea): Promise<void> {
  await unstable_cache(async () => area, ["public-page", area], { tags: [publicCacheTag(area)] })();
}
