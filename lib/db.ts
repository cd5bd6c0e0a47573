// The only Prisma client. With DATABASE_URL it talks to that PostgreSQL server through
// @prisma/adapter-pg; without it, to the embedded PGlite database in this process, under an
// exclusive lock on its directory. Everything above this file is the same for both.
//
// The connection opens lazily on first use, once per process (kept on globalThis so hot
// reloads and Next's separate module graphs share it), so `next build` never touches the data.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { appAdapterForServer, openPglite } from "@/lib/database/adapters";
import { acquireDirectoryLock, type DirectoryLock } from "@/lib/database/lock";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** A Prisma client or an interactive transaction's client: what mutations accept as `tx`. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type Connection =
  | { kind: "server"; client: PrismaClient; url: string }
  | { kind: "embedded"; client: PrismaClient; pglite: PGlite; dataDir: string; lock: DirectoryLock | null };

const key = Symbol.for("temu-usaha.database-connection");
type Holder = { [key]?: Connection };

function open(): Connection {
  const config = env();
  if (config.DATABASE_URL) {
    const adapter = appAdapterForServer(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE, connectTimeoutMs: config.DATABASE_POOL_TIMEOUT_MS });
    return { kind: "server", client: new PrismaClient({ adapter }), url: config.DATABASE_URL };
  }
  const dataDir = config.embeddedDbDir;
  const inMemory = dataDir.startsWith("memory://");
  // Throws DatabaseLockedError when another live process holds the directory.
  const lock = inMemory ? null : acquireDirectoryLock(dataDir);
  const pglite = openPglite(dataDir);
  return { kind: "embedded", client: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite, dataDir, lock };
}

export function getConnection(): Connection {
  const holder = globalThis as Holder;
  holder[key] ??= open();
  return holder[key];
}

export function isConnected(): boolean {
  return (globalThis as Holder)[key] !== undefined;
}

/** Closes the client (and the embedded database, releasing its lock). For scripts and tests. */
export async function closeDb(): Promise<void> {
  const holder = globalThis as Holder;
  const connection = holder[key];
  if (!connection) return;
  delete holder[key];
  await connection.client.$disconnect();
  if (connection.kind === "embedded") {
    await connection.pglite.close();
    connection.lock?.release();
  }
}

/** `db.enterprise.findMany(...)` etc.; opens the connection on first use. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getConnection().client;
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});
