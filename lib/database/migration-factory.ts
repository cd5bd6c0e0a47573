// The schema engine's adapter for whichever database this process uses.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { getConnection } from "@/lib/db";
import { migrationAdapterForPglite, migrationAdapterForServer } from "./adapters";

export function migrationFactory(): SqlMigrationAwareDriverAdapterFactory {
  const connection = getConnection();
  return connection.kind === "embedded" ? migrationAdapterForPglite(connection.pglite) : migrationAdapterForServer(connection.url);
}
