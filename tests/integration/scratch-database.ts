// A second, throw-away database beside the test database, for tests that change the schema:
// a fresh in-memory PGlite on the embedded default, a temporary database on a server.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { migrationAdapterForPglite, migrationAdapterForServer, openPglite, pgConfig } from "@/lib/database/adapters";
import { getConnection } from "@/lib/db";
import { dropDatabase } from "@/tests/support/drop-database";

export async function withScratchDatabase<T>(run: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>): Promise<T> {
  const connection = getConnection();
  if (connection.kind === "embedded") {
    const pglite = openPglite("memory://");
    try {
      return await run(migrationAdapterForPglite(pglite));
    } finally {
      await pglite.close();
    }
  }
  const name = `temu_usaha_scratch_${process.pid}_${Date.now()}`;
  const admin = new pg.Client(pgConfig(connection.url));
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(connection.url);
    url.pathname = `/${name}`;
    return await run(migrationAdapterForServer(url.toString()));
  } finally {
    await dropDatabase(admin, name);
    await admin.end();
  }
}
