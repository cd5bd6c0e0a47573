// Where this process keeps its front cache (lib/public-cache/front-cache.ts): on globalThis under
// a Symbol.for key, because Next bundles instrumentation.ts (which installs the cache in front of
// the server) apart from the server actions that empty it (revalidatePublicPages, tags.ts), and
// each bundle has its own copy of every module. Leaf module: no imports.

const key = Symbol.for("temu.publicCache.front");

interface Clearable {
  clear(): void;
}

const holder = globalThis as typeof globalThis & { [key]?: Clearable };

/** Makes `cache` the one this process empties; returns it. */
export function registerFrontCache<T extends Clearable>(cache: T): T {
  holder[key] = cache;
  return cache;
}

/** The registered front cache, if any (none under `next dev` and outside a server). */
export function registeredFrontCache(): Clearable | undefined {
  return holder[key];
}

/** Empties this process's front cache at once (nothing when there is none). */
export function clearFrontCache(): void {
  holder[key]?.clear();
}
