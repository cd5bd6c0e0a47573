// A backup is one folder: manifest.json, database.jsonl.gz (every table's rows in PostgreSQL's
// text form, read in one REPEATABLE READ transaction, so they are one consistent snapshot) and
// uploads/ (a copy of DATA_DIR/uploads). The folder is written under a temporary name and
// renamed when complete, so an interrupted backup never looks like a finished one.
import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { BackupError, backupFormatVersion, databaseFile, manifestFile, type Manifest, uploadsFolder } from "./manifest";
import {
  type BackupDatabase,
  lastAppliedMigration,
  listSequences,
  listTables,
  openSql,
  readSequence,
  type Sql,
  tableRows,
} from "./sql";

export interface BackupSite {
  database: BackupDatabase;
  /** DATA_DIR/uploads, or null when uploads live in S3-compatible storage. */
  uploadsDir: string | null;
}

/** Appends lines to a gzip file, waiting whenever the stream asks for it. */
function gzipLines(file: string) {
  const gzip = zlib.createGzip();
  const done = pipeline(gzip, fs.createWriteStream(file, { flags: "wx" }));
  return {
    async write(line: string) {
      if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
    },
    async close() {
      gzip.end();
      await done;
    },
  };
}

async function dumpDatabase(sql: Sql, file: string): Promise<Omit<Manifest["database"], "kind">> {
  const lines = gzipLines(file);
  await sql.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const lastMigration = await lastAppliedMigration(sql);
    if (!lastMigration) throw new BackupError("The database has no migrations applied: there is nothing to back up.");
    const [version] = await sql.query<{ server_version: string }>("SHOW server_version");
    const tables: Record<string, number> = {};
    for (const table of await listTables(sql)) {
      await lines.write(JSON.stringify({ table }));
      let count = 0;
      for await (const rows of tableRows(sql, table)) {
        for (const row of rows) await lines.write(JSON.stringify(row));
        count += rows.length;
      }
      tables[table] = count;
    }
    const sequences = [];
    for (const name of await listSequences(sql)) sequences.push(await readSequence(sql, name));
    await sql.query("COMMIT");
    return { serverVersion: version?.server_version ?? "", lastMigration, tables, sequences };
  } catch (error) {
    await sql.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await lines.close();
  }
}

export async function countFiles(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const entries = await fs.promises.readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await fs.promises.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** Writes a backup of the site's database and uploads into the new folder `out`. */
export async function createBackup(site: BackupSite, out: string): Promise<Manifest> {
  const target = path.resolve(out);
  if (fs.existsSync(target)) throw new BackupError(`${target} already exists: choose a new name for the backup.`);
  const partial = `${target}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  try {
    const { sql, close } = await openSql(site.database);
    let database: Omit<Manifest["database"], "kind">;
    try {
      database = await dumpDatabase(sql, path.join(partial, databaseFile));
    } finally {
      await close();
    }
    let uploads: Manifest["uploads"] = { included: false, files: 0, bytes: 0 };
    if (site.uploadsDir) {
      const copy = path.join(partial, uploadsFolder);
      if (fs.existsSync(site.uploadsDir)) await fs.promises.cp(site.uploadsDir, copy, { recursive: true });
      else fs.mkdirSync(copy);
      uploads = { included: true, ...(await countFiles(copy)) };
    }
    const manifest: Manifest = {
      app: "temu-usaha",
      formatVersion: backupFormatVersion,
      createdAt: new Date().toISOString(),
      database: { kind: site.database.kind === "embedded" ? "embedded" : "postgresql", ...database },
      uploads,
    };
    fs.writeFileSync(path.join(partial, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(partial, target);
    return manifest;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
