// Nightly backup: writes BACKUP_DIR/temu-usaha-<UTC time> (database and uploads, see
// lib/backup/) and keeps the newest BACKUP_KEEP (default 7). Schedule it once a day, e.g. cron
// `30 1 * * * cd /srv/temu-usaha && npm run jobs:backup`. With the embedded database it refuses
// while the server runs (stop it first, or use PostgreSQL); with PostgreSQL it runs online.
import path from "node:path";
import { createBackup } from "../../lib/backup/backup";
import { describeBackup } from "../../lib/backup/manifest";
import { backupName, pruneBackups } from "../../lib/backup/rotate";
import { configuredSite } from "../../lib/backup/site";
import { preflight } from "../../lib/database/preflight";
import { closeDb } from "../../lib/db";
import { env } from "../../lib/env";

let code = 1;
try {
  const config = env();
  if (!config.BACKUP_DIR) throw new Error("BACKUP_DIR: set it to the folder where npm run jobs:backup keeps its backups.");
  await preflight();
  const folder = path.resolve(config.BACKUP_DIR, backupName(new Date()));
  const manifest = await createBackup(configuredSite(), folder);
  const removed = pruneBackups(path.resolve(config.BACKUP_DIR), config.BACKUP_KEEP);
  console.log(`Backup written to ${folder}: ${describeBackup(manifest)}.`);
  console.log(`Kept the newest ${config.BACKUP_KEEP}; removed ${removed.length ? removed.join(", ") : "none"}.`);
  code = 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await closeDb().catch(() => undefined);
}
process.exit(code);
