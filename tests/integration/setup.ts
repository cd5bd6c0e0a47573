// Per test file: make sure the database is migrated and holds reference data, and close it after.
import { afterAll, beforeAll } from "vitest";
import { applyMigrations } from "@/lib/database/migrate";
import { migrationFactory } from "@/lib/database/migration-factory";
import { closeDb, db, getConnection } from "@/lib/db";
import { seedReferenceData } from "@/lib/seed/reference";

beforeAll(async () => {
  if (getConnection().kind === "embedded") {
    await applyMigrations(migrationFactory());
    await seedReferenceData(db);
  }
});

afterAll(async () => {
  await closeDb();
});
