import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, createMigration, migrationStatus, omitReplacedForeignKeys, replacedForeignKeys } from "@/lib/database/migrate";
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

  it("leaves out Match's foreign keys that triggers replace, and only those", async () => {
    // What the schema engine writes for the relations of schema.prisma (the init migration's form).
    const engineSql = (name: string, column: string, parent: string) =>
      `-- AddForeignKey\nALTER TABLE "${name.split("_")[0]}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${parent}"("id") ON DELETE CASCADE ON UPDATE CASCADE;\n\n`;
    const replaced = replacedForeignKeys.map((name) => engineSql(name, name.split("_")[1]!, "Parent")).join("");
    const kept = engineSql("Meeting_matchId_fkey", "matchId", "Match") + engineSql("Match_otherId_fkey", "otherId", "Other");
    expect(omitReplacedForeignKeys(replaced + kept)).toBe(kept);
    const init = fs.readFileSync(path.join(defaultPaths().migrationsDir, "20261128053856_init", "migration.sql"), "utf8");
    for (const name of replacedForeignKeys) {
      expect(init).toContain(`ADD CONSTRAINT "${name}"`);
      expect(omitReplacedForeignKeys(init)).not.toContain(name);
    }
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
