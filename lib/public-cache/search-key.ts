// The canonical form of a catalog search (/katalog?q=...&sertifikat=...&page=2) that names its
// cached anonymous twin (app/anonim/[locale]/katalog/cari/[key]). Pure: no Next.js, no database.
//
// Two addresses that show the same results get the same key: the query is parsed the way the page
// parses it (lib/catalog/filters.ts: unknown parameters and malformed values dropped, the text
// normalised), list values are sorted and written back in one fixed order. Only short searches
// of the first pages are admitted, so one cached page stays small and a crawler paging deep or
// sending long random text gets the dynamic page instead (README "Cached public pages").
import { catalogQuery, parseCatalogFilters, type CatalogFilters, type SearchParams } from "@/lib/catalog/filters";

/** Longest canonical query string that gets a cached twin (longer searches stay dynamic). */
export const maxCachedSearchLength = 120;
/** Deepest page number of a search that gets a cached twin. */
export const maxCachedSearchPage = 5;

/** The query string as the page reads it: a repeated parameter becomes a list. */
export function searchParamsObject(search: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const [key, value] of search) {
    const known = params[key];
    params[key] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
  }
  return params;
}

function sorted(filters: CatalogFilters): CatalogFilters {
  const list = <T extends string>(items: T[]) => [...items].sort();
  return { ...filters, kbli: list(filters.kbli), certificates: list(filters.certificates), kecamatan: list(filters.kecamatan),
    scales: list(filters.scales), tiers: list(filters.tiers), sentra: list(filters.sentra) };
}

/**
 * The canonical query string of a catalog search ("" for the plain catalog), or null when the
 * search is not cached: too long, or past page `maxCachedSearchPage`.
 */
export function canonicalCatalogSearch(search: URLSearchParams): string | null {
  const filters = sorted(parseCatalogFilters(searchParamsObject(search)));
  if (filters.page > maxCachedSearchPage) return null;
  const canonical = new URLSearchParams();
  for (const [key, value] of Object.entries(catalogQuery(filters, { page: true }))) {
    if (value !== undefined) canonical.set(key, value);
  }
  const text = canonical.toString();
  return text.length <= maxCachedSearchLength ? text : null;
}

/** The path segment for a canonical query string: base64url, so it is one plain segment. */
export function encodeSearchKey(canonical: string): string {
  return Buffer.from(canonical, "utf8").toString("base64url");
}

/**
 * The search parameters of a key, or null when the key is not the canonical form of a cached
 * search (the twin then answers "not found" rather than caching a page under a second name).
 */
export function decodeSearchKey(key: string): SearchParams | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(key)) return null;
  const canonical = Buffer.from(key, "base64url").toString("utf8");
  const search = new URLSearchParams(canonical);
  if (canonical === "" || canonicalCatalogSearch(search) !== canonical || encodeSearchKey(canonical) !== key) return null;
  return searchParamsObject(search);
}
