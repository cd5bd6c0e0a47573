// Restores a backup folder (lib/backup/backup.ts) into a database and DATA_DIR/uploads.
// The database is emptied and migrated to exactly the backup's schema, the rows are loaded in
// one transaction with user triggers off (the catalog triggers would recompute what was
// saved) and foreign keys re-checked at the end, sequences are set, and only then are any
// newer migrations of this installation applied.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { applyMigrations, resetDatabase } from "@/lib/database/migrate";
import { defaultPaths, migrationNames, type ProjectPaths } from "@/lib/database/schema-engine";
import type { BackupSite } from "./backup";
import { countFiles } from "./backup";
import { BackupError, databaseFile, type Manifest, readManifest, uploadsFolder } from "./manifest";
import {
  foreignKeys,
  insertableColumns,
  insertRows,
  listTables,
  openSql,
  quoteIdent,
  type Sql,
  tablesWithData,
  withMigrationFactory,
} from "./sql";

/** Seeded from files in the repo at every start: present in a new, empty installation. */
export const referenceTables = ["Kbli", "Kecamatan", "Kelurahan"] as const;

export interface RestoreResult {
  manifest: Manifest;
  /** Migrations newer than the backup, applied after its rows were loaded. */
  upgraded: string[];
}

async function loadRows(sql: Sql, folder: string, manifest: Manifest): Promise<void> {
  const tables = await listTables(sql);
  const missing = Object.keys(manifest.database.tables).filter((table) => !tables.includes(table));
  if (missing.length) throw new BackupError(`The backup has tables this schema lacks: ${missing.join(", ")}.`);
  await sql.query("BEGIN");
  try {
    const keys = await foreignKeys(sql);
    for (const key of keys) await sql.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteIdent(key.name)}`);
    for (const table of tables) await sql.query(`ALTER TABLE ${quoteIdent(table)} DISABLE TRIGGER USER`);
    if (tables.length) await sql.query(`TRUNCATE ${tables.map(quoteIdent).join(", ")}`);

    const lines = readline.createInterface({ input: fs.createReadStream(path.join(folder, databaseFile)).pipe(zlib.createGunzip()) });
    let table: string | undefined;
    let columns: string[] = [];
    let batch: string[] = [];
    const flush = async () => {
      if (table && batch.length) await insertRows(sql, table, columns, batch);
      batch = [];
    };
    for await (const line of lines) {
      if (line === "") continue;
      const item = JSON.parse(line) as string | { table: string };
      if (typeof item === "string") {
        batch.push(item);
        if (batch.length >= 1000) await flush();
        continue;
      }
      await flush();
      table = item.table;
      columns = await insertableColumns(sql, table);
    }
    await flush();

    for (const [name, expected] of Object.entries(manifest.database.tables)) {
      const [row] = await sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${quoteIdent(name)}`);
      if (row?.count !== expected) throw new BackupError(`The backup is damaged: ${name} has ${row?.count} rows, the manifest says ${expected}.`);
    }
    for (const table of tables) await sql.query(`ALTER TABLE ${quoteIdent(table)} ENABLE TRIGGER USER`);
    for (const key of keys) await sql.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`);
    for (const sequence of manifest.database.sequences) {
      await sql.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [quoteIdent(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    await sql.query("COMMIT");
  } catch (error) {
    await sql.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

/** Why the site must not be overwritten without --force, or null. */
async function existingData(sql: Sql, uploadsDir: string | null): Promise<string | null> {
  const tables = await tablesWithData(sql, referenceTables);
  if (tables.length) return `the database already has data (${tables.slice(0, 3).join(", ")}${tables.length > 3 ? ", ..." : ""})`;
  if (uploadsDir && (await countFiles(uploadsDir)).files > 0) return `${uploadsDir} already holds files`;
  return null;
}

export async function restoreBackup(
  site: BackupSite,
  from: string,
  options: { force: boolean; paths?: ProjectPaths },
): Promise<RestoreResult> {
  const folder = path.resolve(from);
  const paths = options.paths ?? defaultPaths();
  const manifest = readManifest(folder);
  if (!fs.existsSync(path.join(folder, databaseFile))) throw new BackupError(`${folder} is incomplete: ${databaseFile} is missing.`);
  const known = migrationNames(paths.migrationsDir);
  if (!known.includes(manifest.database.lastMigration)) {
    throw new BackupError(
      `This backup is from a newer version of Temu Usaha: its schema has migration ${manifest.database.lastMigration}, ` +
        "which this installation does not know. Update the application first, then restore.",
    );
  }

  {
    const { sql, close } = await openSql(site.database);
    try {
      const reason = options.force ? null : await existingData(sql, site.uploadsDir);
      if (reason) throw new BackupError(`Refusing to restore: ${reason}. Restoring replaces everything; add --force to do it.`);
    } finally {
      await close();
    }
  }

  await withMigrationFactory(site.database, (factory) => resetDatabase(factory, paths, manifest.database.lastMigration));
  const { sql, close } = await openSql(site.database);
  try {
    await loadRows(sql, folder, manifest);
  } finally {
    await close();
  }
  const upgraded = await withMigrationFactory(site.database, (factory) => applyMigrations(factory, paths));

  // A backup without uploads (taken with S3 storage) leaves the local files alone.
  if (site.uploadsDir && manifest.uploads.included) {
    fs.rmSync(site.uploadsDir, { recursive: true, force: true });
    const source = path.join(folder, uploadsFolder);
    if (fs.existsSync(source)) await fs.promises.cp(source, site.uploadsDir, { recursive: true });
    else fs.mkdirSync(site.uploadsDir, { recursive: true });
  }
  return { manifest, upgraded };
}
