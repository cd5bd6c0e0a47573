// The front cache: finished responses of the cached anonymous twins (app/anonim/), kept in memory
// in front of Next (lib/admission/front.ts answers from it before Next's router, proxy.ts and
// Next's own cache lookup run). Least recently used first out, bounded in bytes and in entries;
// an entry expires after its own lifetime (at most the twin's revalidate) and the whole cache is
// emptied by revalidatePublicPages (lib/public-cache/tags.ts, through front-registry.ts).
// A response captured while the cache was being emptied is not stored (`generation`).
import zlib from "node:zlib";

export interface FrontCacheOptions {
  /** Bytes of bodies (identity plus gzip) and headers, all entries together. */
  maxBytes: number;
  maxEntries: number;
  /** The longest an entry lives, in ms. */
  maxAgeMs: number;
  now?: () => number;
}

export type FrontHeaders = Record<string, string | string[]>;

export interface FrontEntry {
  status: number;
  /** Next's headers, without Content-Length, Content-Encoding, Transfer-Encoding, Date, Connection. */
  headers: FrontHeaders;
  identity: Buffer;
  identityHeaders: FrontHeaders;
  gzip: { body: Buffer; headers: FrontHeaders } | null;
  expiresAt: number;
  bytes: number;
}

/** Marks a response as answered by the front cache (the only header it adds to Next's). */
export const frontCacheHeader = "x-front-cache";

function headerBytes(headers: FrontHeaders): number {
  let bytes = 0;
  for (const [name, value] of Object.entries(headers)) bytes += name.length + (Array.isArray(value) ? value.join("").length : value.length) + 4;
  return bytes;
}

export class FrontCache {
  readonly #entries = new Map<string, FrontEntry>();
  readonly #now: () => number;
  #bytes = 0;
  #generation = 0;
  #requested = 0;

  constructor(readonly options: FrontCacheOptions) {
    this.#now = options.now ?? Date.now;
  }

  /** Changes each time the cache is emptied: a capture that began before must not be stored. */
  get generation(): number {
    return this.#generation;
  }

  /** Counts clear() calls (not echoes): a request in flight during one echoes it when it ends. */
  get clearsRequested(): number {
    return this.#requested;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  /** The live entry for this key (now the most recently used), or undefined. */
  get(key: string): FrontEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    if (entry.expiresAt <= this.#now()) {
      this.#bytes -= entry.bytes;
      return undefined;
    }
    this.#entries.set(key, entry);
    return entry;
  }

  /**
   * Stores a finished response, unless the cache was emptied since `generation` was read or the
   * entry alone would take more than an eighth of the budget. Pushes out the least recently used.
   */
  set(key: string, response: { status: number; headers: FrontHeaders; body: Buffer }, generation: number, maxAgeMs: number): boolean {
    if (generation !== this.#generation || maxAgeMs <= 0) return false;
    const identityHeaders = { ...response.headers, "content-length": String(response.body.length), [frontCacheHeader]: "HIT" };
    const bytes = response.body.length + headerBytes(identityHeaders) * 2;
    if (bytes > this.options.maxBytes / 8) return false;
    this.#remove(key);
    this.#entries.set(key, {
      status: response.status,
      headers: response.headers,
      identity: response.body,
      identityHeaders,
      gzip: null,
      expiresAt: this.#now() + Math.min(maxAgeMs, this.options.maxAgeMs),
      bytes,
    });
    this.#bytes += bytes;
    this.#evict();
    return true;
  }

  /** The entry's body gzip-encoded (compressed once, on first use) and its headers. */
  gzip(key: string, entry: FrontEntry): { body: Buffer; headers: FrontHeaders } {
    if (entry.gzip !== null) return entry.gzip;
    const body = zlib.gzipSync(entry.identity);
    const headers = { ...entry.headers, "content-encoding": "gzip", "content-length": String(body.length), [frontCacheHeader]: "HIT" };
    entry.gzip = { body, headers };
    if (this.#entries.get(key) === entry) {
      entry.bytes += body.length;
      this.#bytes += body.length;
      this.#evict(key);
    }
    return entry.gzip;
  }

  /**
   * Empties the cache at once; responses being captured now are not stored. Next expires a tag
   * only when the action that revalidated it ends, so the request in flight then (the action's)
   * echoes the clear when it ends (lib/admission/front.ts): an old page Next served in between
   * is not kept either.
   */
  clear(): void {
    this.#requested += 1;
    this.echoClear();
  }

  /** Empties the cache without counting a new request to clear (see clear()). */
  echoClear(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#bytes = 0;
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  /** Least recently used out until both bounds hold (never `keep`, the entry in use). */
  #evict(keep?: string): void {
    for (const key of this.#entries.keys()) {
      if (this.#bytes <= this.options.maxBytes && this.#entries.size <= this.options.maxEntries) return;
      if (key !== keep) this.#remove(key);
    }
  }
}
