// Per test file: make sure the database is migrated and holds reference data, and close it after;
// start from a signed-out request with nothing revalidated.
import Module, { createRequire } from "node:module";
import { afterAll, beforeAll } from "vitest";
import { applyMigrations } from "@/lib/database/migrate";
import { migrationFactory } from "@/lib/database/migration-factory";
import { closeDb, db, getConnection } from "@/lib/db";
import { seedReferenceData } from "@/lib/seed/reference";
import { resetRevalidations } from "@/tests/support/next-cache";
import * as nextHeaders from "@/tests/support/next-headers";

// next-auth's getServerSession loads next/headers with Node's require, which Vite's alias does
// not reach: give that require the same test module the alias gives everyone else.
const require = createRequire(import.meta.url);
const nextHeadersPath = require.resolve("next/headers");
const nextHeadersModule = new Module(nextHeadersPath);
nextHeadersModule.filename = nextHeadersPath;
nextHeadersModule.loaded = true;
nextHeadersModule.exports = nextHeaders;
require.cache[nextHeadersPath] = nextHeadersModule;

nextHeaders.resetRequest();
resetRevalidations();

beforeAll(async () => {
  if (getConnection().kind === "embedded") {
    await applyMigrations(migrationFactory());
    await seedReferenceData(db);
  }
});

afterAll(async () => {
  await closeDb();
});
