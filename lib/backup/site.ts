// The database and uploads this process is configured for (lib/env.ts), as a backup site.
// Opening the embedded database takes its directory lock: while a server holds it, this
// throws DatabaseLockedError naming the server.
import path from "node:path";
import { getConnection } from "@/lib/db";
import { env } from "@/lib/env";
import type { BackupSite } from "./backup";

export function configuredSite(): BackupSite {
  const config = env();
  const connection = getConnection();
  return {
    database:
      connection.kind === "embedded"
        ? { kind: "embedded", pglite: connection.pglite, location: connection.dataDir }
        : { kind: "server", url: connection.url },
    uploadsDir: config.s3 ? null : path.join(config.dataDir, "uploads"),
  };
}
