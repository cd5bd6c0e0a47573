import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: PGlite and the schema engine read their .wasm
  // and data files from their package folders.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@node-rs/argon2",
    "pg",
  ],
  poweredByHeader: false,
  // Next would hash every cached page's whole HTML in JavaScript on every response to make an
  // ETag: a third of the CPU a cached anonymous page costs (profiled, README "Cached public
  // pages"). Route handlers that want one (the photos) set their own.
  generateEtags: false,
  // The cached anonymous pages, searches included (app/anonim/), share one in-memory LRU sized in
  // bytes (each entry's HTML and RSC payload), PUBLIC_CACHE_MAX_MB, read when the server starts:
  // a flood of distinct searches pushes older pages out, it cannot grow the cache past that.
  cacheMaxMemorySize: env().PUBLIC_CACHE_MAX_MB * 1024 * 1024,
  experimental: {
    // Photos and certificate scans may be at most 5 MB each (checked in lib/storage and
    // lib/images, with a field error). The transport limits sit well above that, so a 20 MB
    // photo reaches the check and is refused in the user's language instead of failing with 413.
    serverActions: { bodySizeLimit: "26mb" },
    proxyClientMaxBodySize: "26mb",
    // The cached anonymous pages (app/anonim/, README "Cached public pages") live in this
    // process's memory only: a restart, another instance on the same build folder or another
    // database never serves pages rendered from someone else's data.
    isrFlushToDisk: false,
  },
  // The Content-Security-Policy (with a per-request nonce) is set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
