// npm run db:backup -- --out <folder> | npm run db:restore -- --in <folder> [--force]
// For the embedded database (under its directory lock: refuses while a server holds it) and
// for DATABASE_URL. What a backup holds and how it is made: lib/backup/.
import { parseArgs } from "node:util";
import { createBackup } from "../../lib/backup/backup";
import { describeBackup } from "../../lib/backup/manifest";
import { restoreBackup } from "../../lib/backup/restore";
import { configuredSite } from "../../lib/backup/site";
import { redact } from "../../lib/database/boot";
import { preflight } from "../../lib/database/preflight";
import { closeDb, db, getConnection } from "../../lib/db";
import { seedReferenceData } from "../../lib/seed/reference";

const usage = `usage:
  npm run db:backup -- --out <folder>             back up the database and uploads into a new folder
  npm run db:restore -- --in <folder> [--force]   restore one (--force: replace a database that has data)`;

function where(): string {
  const connection = getConnection();
  return connection.kind === "embedded" ? `the embedded database ${connection.dataDir}` : redact(connection.url);
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, in: { type: "string" }, force: { type: "boolean", default: false } },
  });
  const [command] = positionals;
  if (command === "backup" && values.out) {
    await preflight();
    const manifest = await createBackup(configuredSite(), values.out);
    console.log(`Backed up ${where()} to ${values.out}: ${describeBackup(manifest)}.`);
    return 0;
  }
  if (command === "restore" && values.in) {
    await preflight();
    const site = configuredSite();
    const result = await restoreBackup(site, values.in, { force: values.force });
    if (result.upgraded.length) {
      await seedReferenceData(db);
      console.log(`Applied ${result.upgraded.length} newer migration(s) after loading: ${result.upgraded.join(", ")}`);
    }
    if (result.manifest.uploads.included && site.uploadsDir === null) {
      console.log("The backup's uploads were not restored: this installation keeps uploads in S3 storage.");
    }
    console.log(`Restored ${values.in} (taken ${result.manifest.createdAt}) into ${where()}: ${describeBackup(result.manifest)}.`);
    return 0;
  }
  console.error(usage);
  return 2;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  code = 1;
} finally {
  await closeDb().catch(() => undefined);
}
process.exit(code);
