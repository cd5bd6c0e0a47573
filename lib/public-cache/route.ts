// Which requests get the cached anonymous twin of a public page (app/anonim/[locale]/...).
// Pure: proxy.ts calls it with what it read from the request.
import { canonicalCatalogSearch, encodeSearchKey } from "./search-key";

/** The folder under app/ that holds the cached twins; never answered from outside. */
export const anonymousPrefix = "/anonim";

// Catalog lists, product, supplier and sentra pages, the event list and event pages; and the
// catalog's searches (/katalog?q=..., filters, page numbers) under their canonical key
// (lib/public-cache/search-key.ts). The home page and other query strings stay dynamic.
const cachedPath = /^\/(?:katalog|katalog\/pemasok|acara|katalog\/(?:produk|pemasok|sentra)\/[^/]+|acara\/[^/]+)$/;

export interface VisitorRequest {
  method: string;
  pathname: string;
  search: string;
  hasSessionCookie: boolean;
  /** The NEXT_LOCALE cookie's value, if any. */
  localeCookie: string | undefined;
  /**
   * A request of Next's client router (a client navigation's payload or a prefetch, fetched by
   * script: `Sec-Fetch-Dest: empty`). Sent to a twin, a browser's prefetches from a cached page
   * could stay unanswered. It gets the dynamic page.
   */
  routerRequest: boolean;
  /** Whether a search's canonical key may have a cached twin (search-admission.ts); default yes. */
  admitSearch?: (canonical: string) => boolean;
}

/** The folder of the search twins under the catalog's twin: /anonim/id/katalog/cari/<key>. */
const searchTwin = `${anonymousPrefix}/id/katalog/cari`;

/**
 * The path of the cached twin for a signed-out visitor reading in Bahasa Indonesia, or null: a
 * session cookie (the header shows the account menu), another language, a query string on
 * another page than the catalog, a search too long or too deep to cache (search-key.ts) or
 * another page all get the dynamic page.
 */
export function anonymousCachedPath(request: VisitorRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.hasSessionCookie || request.routerRequest) return null;
  // Only Bahasa Indonesia (the default, also for a cookie that names no locale) is cached.
  if (request.localeCookie !== undefined && request.localeCookie !== "id") return null;
  if (request.search !== "") {
    if (request.pathname !== "/katalog") return null;
    const canonical = canonicalCatalogSearch(new URLSearchParams(request.search));
    if (canonical === null) return null;
    if (canonical === "") return `${anonymousPrefix}/id/katalog`;
    return (request.admitSearch?.(canonical) ?? true) ? `${searchTwin}/${encodeSearchKey(canonical)}` : null;
  }
  return cachedPath.test(request.pathname) ? `${anonymousPrefix}/id${request.pathname}` : null;
}

/** True for a request that addresses the twins directly (answered with the not-found page). */
export function isAnonymousTwinPath(pathname: string): boolean {
  return pathname === anonymousPrefix || pathname.startsWith(`${anonymousPrefix}/`);
}
