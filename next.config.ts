import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
