// npm run db:migrate | db:migrate:new -- <name> | db:status | db:reset | db:seed [-- --demo | --scale <n> [--seed <s>]]
// Works on the embedded database (under its directory lock: refuses while a server holds it)
// and on DATABASE_URL, through Prisma's WASM schema engine.
import "./server-modules";
import { parseArgs } from "node:util";
import { describeDemoAccounts, prepareDatabase, redact } from "../../lib/database/boot";
import { DatabaseLockedError } from "../../lib/database/lock";
import { applyMigrations, createMigration, migrationStatus, resetDatabase } from "../../lib/database/migrate";
import { migrationFactory } from "../../lib/database/migration-factory";
import { preflight } from "../../lib/database/preflight";
import { closeDb, db, getConnection } from "../../lib/db";
import { env, EnvError } from "../../lib/env";
import { seedDemoData } from "../../lib/seed/demo";
import { seedReferenceData } from "../../lib/seed/reference";
import { seedScale } from "../../lib/seed/scale";

const usage = `usage:
  npm run db:migrate                 apply pending migrations (then reference data)
  npm run db:migrate:new -- <name>   create a migration from changes to prisma/schema.prisma
  npm run db:migrate:new -- <name> --empty   an empty migration, for hand-written SQL
  npm run db:status                  show whether migrations are applied
  npm run db:reset [-- --force]      drop everything, re-apply migrations, seed reference data
  npm run db:seed [-- --demo]        seed reference data (and demo data with --demo)
  npm run db:seed -- --scale <n> [--seed <s>] [--requests <r>] [--pooled-share <0..1>]   synthetic data for benchmarks`;

function where(): string {
  const connection = getConnection();
  return connection.kind === "embedded" ? `embedded database ${connection.dataDir}` : redact(connection.url);
}

async function migrate() {
  const applied = await applyMigrations(migrationFactory());
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
  const counts = await seedReferenceData(db);
  console.log(`Reference data: ${counts.kbli} KBLI codes, ${counts.kecamatan} kecamatan, ${counts.kelurahan} kelurahan.`);
}

async function status(): Promise<number> {
  const result = await migrationStatus(migrationFactory());
  console.log(`Database: ${where()}`);
  if (result.upToDate) {
    console.log("Database schema is up to date: all migrations in prisma/migrations are applied.");
    return 0;
  }
  if (!result.hasMigrationsTable) console.log("No migrations applied yet (no _prisma_migrations table).");
  if (result.pending.length) console.log(`Pending migrations: ${result.pending.join(", ")}`);
  if (result.unknown.length) console.log(`Applied but missing from prisma/migrations: ${result.unknown.join(", ")}`);
  if (result.failed.length) console.log(`Failed migrations: ${result.failed.join(", ")}`);
  if (result.edited.length) console.log(`Edited after being applied: ${result.edited.join(", ")}`);
  return 1;
}

async function createNew(name: string | undefined, empty: boolean) {
  const pending = await applyMigrations(migrationFactory());
  if (pending.length) console.log(`Applied pending migration(s) first: ${pending.join(", ")}`);
  const created = await createMigration(migrationFactory(), name ?? "", undefined, { empty });
  console.log(
    created
      ? `Created prisma/migrations/${created}/migration.sql. Review it, then run npm run db:migrate.`
      : "prisma/schema.prisma has no changes: no migration created.",
  );
}

async function reset(force: boolean) {
  if (env().NODE_ENV === "production" && !force) {
    throw new Error("Refusing to reset a database with NODE_ENV=production. Add -- --force if you really mean it.");
  }
  const applied = await resetDatabase(migrationFactory());
  console.log(`Reset ${where()} and applied ${applied.length} migration(s).`);
  const counts = await seedReferenceData(db);
  console.log(`Reference data: ${counts.kbli} KBLI codes, ${counts.kecamatan} kecamatan, ${counts.kelurahan} kelurahan.`);
}

async function seed(options: { demo: boolean; scale?: string; seed?: string; requests?: string; "pooled-share"?: string }) {
  // Demo data only when asked (--demo, or EMBEDDED_DEMO_DATA=true), whatever NODE_ENV the shell has.
  const report = await prepareDatabase({ mode: "production" });
  if (report.pendingMigrations.length) throw new Error("Migrations are pending: run npm run db:migrate first.");
  const counts = await seedReferenceData(db);
  console.log(`Reference data: ${counts.kbli} KBLI codes, ${counts.kecamatan} kecamatan, ${counts.kelurahan} kelurahan.`);
  if (options.demo) {
    const demo = await seedDemoData(db);
    console.log(`Demo data: ${JSON.stringify(demo)}`);
    console.log(describeDemoAccounts());
  }
  if (options.scale !== undefined) {
    const smes = Number(options.scale);
    if (!Number.isInteger(smes) || smes < 1) throw new Error("--scale needs a positive whole number of SMEs");
    const started = Date.now();
    const result = await seedScale(db, {
      smes,
      seed: options.seed === undefined ? undefined : Number(options.seed),
      requests: options.requests === undefined ? undefined : Number(options.requests),
      pooledShare: options["pooled-share"] === undefined ? undefined : Number(options["pooled-share"]),
    });
    console.log(`Synthetic data in ${Date.now() - started} ms: ${JSON.stringify(result)}`);
  }
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      demo: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      empty: { type: "boolean", default: false },
      scale: { type: "string" },
      seed: { type: "string" },
      requests: { type: "string" },
      "pooled-share": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const [command, name] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command ? 0 : 2;
  }
  await preflight();
  switch (command) {
    case "migrate":
      await migrate();
      return 0;
    case "status":
      return status();
    case "new":
      await createNew(name, values.empty);
      return 0;
    case "reset":
      await reset(values.force);
      return 0;
    case "seed":
      await seed(values);
      return 0;
    default:
      console.error(usage);
      return 2;
  }
}

let code = 1;
try {
  code = await main();
} catch (error) {
  const known = error instanceof EnvError || error instanceof DatabaseLockedError || error instanceof Error;
  console.error(known ? (error as Error).message : String(error));
  code = 1;
} finally {
  await closeDb().catch(() => undefined);
}
process.exit(code);
