// How many distinct searches one server process caches. The pages themselves sit in a cache
// bounded in bytes (PUBLIC_CACHE_MAX_MB), but Next also remembers the lifetime of every path it
// has cached, in a map that never shrinks (SharedCacheControls, a few hundred bytes a path). So a
// process gives cached twins to at most `maxCachedSearches` distinct search keys over its life:
// those keep their twin (re-rendered when they expire or are pushed out), and any further new
// search is rendered per request, as before the search cache. Pure and in memory; proxy.ts holds
// one per process.

/** Distinct search keys one process caches: about 3 MB of Next's lifetime map at the most. */
export const maxCachedSearches = 10_000;

export class SearchAdmission {
  readonly #keys = new Set<string>();

  constructor(readonly limit: number = maxCachedSearches) {}

  /** True when this search key has, or may now get, a cached twin. */
  admit(key: string): boolean {
    if (this.#keys.has(key)) return true;
    if (this.#keys.size >= this.limit) return false;
    this.#keys.add(key);
    return true;
  }
}
