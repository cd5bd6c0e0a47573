// Health of the database and its migrations, for GET /api/health. Cheap enough to poll:
// one query against _prisma_migrations, compared with the folder names read once.
import { db } from "@/lib/db";
import { migrationNames } from "./schema-engine";

export interface Health {
  status: "ok" | "error";
  db: "ok" | "unreachable";
  migrations: "up-to-date" | "pending" | "unknown";
  pending?: string[];
}

let expected: string[] | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ]);
}

export async function checkHealth(): Promise<Health> {
  expected ??= migrationNames();
  let applied: Set<string>;
  try {
    const rows = await withTimeout(
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      5_000,
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    // A missing _prisma_migrations table means the database is reachable but never migrated.
    if (/_prisma_migrations/.test(String(error)) && /does not exist/.test(String(error))) {
      return { status: "error", db: "ok", migrations: "pending", pending: expected };
    }
    return { status: "error", db: "unreachable", migrations: "unknown" };
  }
  const pending = expected.filter((name) => !applied.has(name));
  return pending.length === 0
    ? { status: "ok", db: "ok", migrations: "up-to-date" }
    : { status: "error", db: "ok", migrations: "pending", pending };
}
