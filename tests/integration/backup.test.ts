// npm run db:backup / db:restore / jobs:backup as an office runs them, on real databases: the
// embedded PGlite in a temporary data directory and (with TEST_DATABASE_URL) a scratch
// PostgreSQL database. Back up demo data and an upload, change both, restore: every row,
// sequence and file equals the backup.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "@/lib/backup/manifest";
import { listBackups } from "@/lib/backup/rotate";
import { listSequences, listTables, quoteIdent, readSequence, type Sql, withMigrationFactory } from "@/lib/backup/sql";
import { appAdapterForServer, migrationAdapterForPglite, openPglite, pgConfig } from "@/lib/database/adapters";
import { acquireDirectoryLock } from "@/lib/database/lock";
import { applyMigrations } from "@/lib/database/migrate";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/lib/seed/demo";
import { dropDatabase } from "@/tests/support/drop-database";

interface Site {
  name: string;
  env: Record<string, string>;
  dataDir: string;
  /** Runs `run` with SQL (and a Prisma client) on the site's database, then closes them. */
  open<T>(run: (sql: Sql, prisma: PrismaClient) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  dispose(): Promise<void>;
}

function runScript(script: string, args: string[], extra: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", ...extra },
    encoding: "utf8",
    timeout: 170_000,
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}
const backupCli = (args: string[], site: Site) => runScript("scripts/db/backup.ts", args, site.env);

function embeddedSite(): Site {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-backup-embedded-"));
  return {
    name: "embedded PGlite",
    env: { DATA_DIR: dataDir },
    dataDir,
    async open(run) {
      const pglite = openPglite(path.join(dataDir, "pglite"));
      const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
      try {
        return await run({ query: async (text, params) => (await pglite.query(text, params)).rows as never }, prisma);
      } finally {
        await prisma.$disconnect();
        await pglite.close();
      }
    },
    async migrate() {
      const pglite = openPglite(path.join(dataDir, "pglite"));
      try {
        await applyMigrations(migrationAdapterForPglite(pglite));
      } finally {
        await pglite.close();
      }
    },
    async dispose() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let serverSites = 0;

function serverSite(testUrl: string): Site {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-backup-server-"));
  const url = new URL(testUrl);
  const name = `${url.pathname.slice(1)}_roundtrip_${process.pid}_${++serverSites}`;
  url.pathname = `/${name}`;
  const admin = async (work: (client: pg.Client) => Promise<unknown>) => {
    const client = new pg.Client(pgConfig(testUrl));
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  };
  let created = false;
  return {
    name: "PostgreSQL",
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    dataDir,
    async migrate() {
      await admin((client) => dropDatabase(client, name));
      await admin((client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
      created = true;
      await withMigrationFactory({ kind: "server", url: url.toString() }, (factory) => applyMigrations(factory));
    },
    async open(run) {
      const client = new pg.Client(pgConfig(url.toString()));
      await client.connect();
      const prisma = new PrismaClient({ adapter: appAdapterForServer(url.toString()) });
      try {
        return await run({ query: async (text, params) => (await client.query(text, params)).rows as never }, prisma);
      } finally {
        await prisma.$disconnect();
        await client.end();
      }
    },
    async dispose() {
      if (created) await admin((client) => dropDatabase(client, name));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Everything a restore must give back: each table's rows, each sequence, each uploaded file. */
async function snapshot(site: Site) {
  const database = await site.open(async (sql) => {
    const tables: Record<string, string[]> = {};
    for (const table of await listTables(sql)) {
      const rows = await sql.query<{ row: string }>(`SELECT t::text AS row FROM ${quoteIdent(table)} t ORDER BY 1`);
      tables[table] = rows.map((row) => row.row);
    }
    const sequences = [];
    for (const name of await listSequences(sql)) sequences.push(await readSequence(sql, name));
    return { tables, sequences };
  });
  const uploads: Record<string, string> = {};
  const dir = path.join(site.dataDir, "uploads");
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }) : []) {
    if (entry.isFile()) uploads[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), "base64");
  }
  return { ...database, uploads };
}

const photo = "photos/0b6f7f6e-3c1a-4c1e-9a57-1f0d2b9d7e11";

async function prepare(site: Site) {
  await site.migrate();
  await site.open(async (sql, prisma) => {
    await seedDemoData(prisma);
    await sql.query(`INSERT INTO "AuditLog" ("action", "entityType", "data") VALUES ('backup.test', 'Test', '{"n": 1}')`);
    // Catalog facts as they were computed on an earlier day: a restore must keep them, not recompute them.
    await sql.query(`ALTER TABLE "Product" DISABLE TRIGGER USER`);
    await sql.query(`UPDATE "Product" SET "catalogCertificatesUntil" = DATE '2020-01-31' WHERE "id" = (SELECT min("id") FROM "Product")`);
    await sql.query(`ALTER TABLE "Product" ENABLE TRIGGER USER`);
  });
  fs.mkdirSync(path.join(site.dataDir, "uploads", "photos"), { recursive: true });
  fs.writeFileSync(path.join(site.dataDir, "uploads", photo), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]));
  fs.writeFileSync(path.join(site.dataDir, "uploads", `${photo}.type`), "image/jpeg");
}

async function change(site: Site) {
  await site.open(async (sql) => {
    await sql.query(`UPDATE "Enterprise" SET "legalName" = "legalName" || ' (diubah)'`);
    await sql.query(`DELETE FROM "Notification"`);
    await sql.query(`INSERT INTO "AuditLog" ("action", "entityType") VALUES ('after.backup', 'Test')`);
  });
  fs.writeFileSync(path.join(site.dataDir, "uploads", photo), "replaced");
  fs.writeFileSync(path.join(site.dataDir, "uploads", "photos", "9d0c2b1a-1111-4222-8333-944455556666"), "new");
}

/** Each test runs the commands as separate processes, several times: allow for a loaded machine. */
const slow = 170_000;
const testUrl = env().DATABASE_URL;
const sites = [embeddedSite, ...(testUrl ? [() => serverSite(testUrl)] : [])];

describe.each(sites.map((make) => ({ make })))("backup and restore", ({ make }) => {
  const site = make();
  const backup = path.join(site.dataDir, "..", `${path.basename(site.dataDir)}-backup`);
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    await prepare(site);
    before = await snapshot(site);
  }, slow);
  afterAll(async () => {
    await site.dispose();
    fs.rmSync(backup, { recursive: true, force: true });
  });

  it(`${site.name}: restores exactly the rows, sequences and uploads that were backed up`, async () => {
    const made = backupCli(["backup", "--out", backup], site);
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^Backed up .* 2 uploaded file\(s\), 15 bytes\.$/);
    const manifest = readManifest(backup);
    expect(manifest.database.kind).toBe(site.env.DATABASE_URL ? "postgresql" : "embedded");
    expect(manifest.database.lastMigration).toBe(fs.readdirSync("prisma/migrations").filter((name) => /^\d/.test(name)).sort().at(-1));
    expect(manifest.database.tables.Enterprise).toBe(before.tables.Enterprise?.length);
    expect(manifest.database.tables.Enterprise).toBeGreaterThan(0);

    await change(site);
    const changed = await snapshot(site);
    expect(changed).not.toEqual(before);

    const refused = backupCli(["restore", "--in", backup], site);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Refusing to restore: the database already has data \(.*\)\. Restoring replaces everything; add --force to do it\.$/);
    expect(await snapshot(site)).toEqual(changed);

    const restored = backupCli(["restore", "--in", backup, "--force"], site);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    expect(await snapshot(site)).toEqual(before);
  }, slow);

  it(`${site.name}: refuses a backup from a newer schema and changes nothing`, async () => {
    const future = `${backup}-future`;
    fs.cpSync(backup, future, { recursive: true });
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(future, "manifest.json"), "utf8"));
      manifest.database.lastMigration = "29991231235959_from_a_newer_release";
      fs.writeFileSync(path.join(future, "manifest.json"), JSON.stringify(manifest));
      await change(site);
      const changed = await snapshot(site);
      const result = backupCli(["restore", "--in", future, "--force"], site);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        "This backup is from a newer version of Temu Usaha: its schema has migration 29991231235959_from_a_newer_release, " +
          "which this installation does not know. Update the application first, then restore.",
      );
      expect(await snapshot(site)).toEqual(changed);
    } finally {
      fs.rmSync(future, { recursive: true, force: true });
    }
  }, slow);
});

describe("backups of the embedded database while a server holds it", () => {
  const site = embeddedSite();
  afterAll(() => site.dispose());

  it("backup and restore refuse with the holder's name in one line and write nothing", async () => {
    await prepare(site);
    const backup = path.join(site.dataDir, "first");
    expect(backupCli(["backup", "--out", backup], site).status).toBe(0);
    const before = await snapshot(site);
    const dbDir = path.join(site.dataDir, "pglite");
    const lock = acquireDirectoryLock(dbDir, "next-server (integration test)");
    try {
      for (const args of [["backup", "--out", path.join(site.dataDir, "second")], ["restore", "--in", backup, "--force"]]) {
        const result = backupCli(args, site);
        expect(result.status).toBe(1);
        expect(result.stderr.split("\n")).toHaveLength(1);
        expect(result.stderr).toContain(`The embedded database at ${dbDir} is in use by process ${process.pid}`);
        expect(result.stderr).toContain("next-server (integration test)");
      }
    } finally {
      lock.release();
    }
    expect(fs.readdirSync(site.dataDir).filter((name) => name.startsWith("second"))).toEqual([]);
    expect(await snapshot(site)).toEqual(before);
  }, slow);

  it("jobs:backup keeps the newest BACKUP_KEEP backups in BACKUP_DIR", () => {
    const dir = path.join(site.dataDir, "nightly");
    const job = (extra: Record<string, string>) => runScript("scripts/jobs/backup.ts", [], { ...site.env, ...extra });
    expect(job({}).stderr).toBe("BACKUP_DIR: set it to the folder where npm run jobs:backup keeps its backups.");
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = job({ BACKUP_DIR: dir, BACKUP_KEEP: "2" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      made.push(path.basename(/^Backup written to (\S+):/.exec(result.stdout)?.[1] ?? ""));
    }
    expect(new Set(made).size).toBe(3);
    expect(listBackups(dir)).toEqual([made[2], made[1]]);
    expect(fs.readdirSync(dir).sort()).toEqual([made[1], made[2]].sort());
  }, slow);
});

describe.each(testUrl ? [{ url: testUrl }] : [])("a backup moves between kinds of database", ({ url }) => {
  const from = embeddedSite();
  const to = serverSite(url);
  afterAll(async () => {
    await from.dispose();
    await to.dispose();
  });

  it("an embedded database's backup restores into an empty PostgreSQL database row for row", async () => {
    await prepare(from);
    const backup = path.join(from.dataDir, "move");
    expect(backupCli(["backup", "--out", backup], from).status).toBe(0);
    await to.migrate();
    const restored = backupCli(["restore", "--in", backup], to);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    expect(await snapshot(to)).toEqual(await snapshot(from));
  }, slow);
});
