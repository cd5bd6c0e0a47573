import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, createMigration, migrationStatus } from "@/lib/database/migrate";
import { migrationFactory } from "@/lib/database/migration-factory";
import { defaultPaths, type ProjectPaths } from "@/lib/database/schema-engine";
import { withScratchDatabase } from "./scratch-database";

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of prisma/ whose schema the test may change. */
function copyOfProject(): ProjectPaths {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-migrations-"));
  scratchDirs.push(dir);
  const source = defaultPaths();
  fs.cpSync(source.migrationsDir, path.join(dir, "migrations"), { recursive: true });
  fs.copyFileSync(source.schemaPath, path.join(dir, "schema.prisma"));
  return { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
}

describe("migrations on Prisma's WASM schema engine", () => {
  it("reports the test database as up to date", async () => {
    const status = await migrationStatus(migrationFactory());
    expect(status).toMatchObject({ upToDate: true, pending: [], failed: [], hasMigrationsTable: true });
  });

  it("finds no changes between prisma/migrations and schema.prisma", async () => {
    const paths = copyOfProject();
    const before = fs.readdirSync(paths.migrationsDir);
    await withScratchDatabase(async (factory) => {
      await applyMigrations(factory, paths);
      expect(await createMigration(factory, "nothing", paths)).toBeNull();
    });
    expect(fs.readdirSync(paths.migrationsDir)).toEqual(before);
  });

  it("creates a migration from a schema change, and applying it brings the database up to date", async () => {
    const paths = copyOfProject();
    const schema = fs.readFileSync(paths.schemaPath, "utf8");
    const changed = schema.replace(/^([ \t]*)instagram([ \t]+)String\?\n/m, "$1instagram$2String?\n$1threads String?\n");
    expect(changed).not.toBe(schema);
    fs.writeFileSync(paths.schemaPath, changed);

    await withScratchDatabase(async (factory) => {
      await applyMigrations(factory, paths);
      const name = await createMigration(factory, "Add Threads handle", paths);
      expect(name).toMatch(/^\d{14}_add_threads_handle$/);
      const sql = fs.readFileSync(path.join(paths.migrationsDir, name!, "migration.sql"), "utf8");
      expect(sql).toContain('ALTER TABLE "Enterprise" ADD COLUMN     "threads" TEXT;');

      expect((await migrationStatus(factory, paths)).pending).toEqual([name]);
      expect(await applyMigrations(factory, paths)).toEqual([name]);
      expect((await migrationStatus(factory, paths)).upToDate).toBe(true);
      // The schema engine leaves hand-written CHECK constraints alone: nothing more to create.
      expect(await createMigration(factory, "again", paths)).toBeNull();
    });
  });
});
