// Driver adapters for the two kinds of database the portal runs on: a PostgreSQL server
// (DATABASE_URL, through @prisma/adapter-pg) and the embedded PGlite.
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { reportDatabaseError, reportDatabaseSuccess } from "../db-availability";
import { registerTransactionConnection } from "@/lib/transaction-connection";

/** Extensions the schema may use; the embedded database loads the same set. */
export const pgliteExtensions = { pg_trgm, btree_gist, unaccent };

/**
 * Settings every connection of the app carries, so no query needs a transaction to set them:
 * no JIT (the planner's cost estimate for the catalog's counting often crosses jit_above_cost,
 * and compiling takes far longer than running), and the word-similarity threshold of the
 * catalog's last-resort trigram match (pg_trgm's default 0.6 misses one slip in short words
 * such as "batk cap").
 */
export const connectionSettings = { jit: "off", "pg_trgm.word_similarity_threshold": "0.55" } as const;

/** The settings as a PostgreSQL startup `options` string: -c name=value ... */
export function connectionOptions(): string {
  return Object.entries(connectionSettings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(" ");
}

export function openPglite(dataDir: string): PGlite {
  const pglite = new PGlite(dataDir, { extensions: pgliteExtensions });
  // PGlite runs its queries one after another, so this SET precedes every query of the app.
  const statements = Object.entries(connectionSettings).map(([name, value]) => `SET ${name} = '${value}';`);
  pglite.exec(statements.join(" ")).catch((error: unknown) => console.error("Embedded database: connection settings failed", error));
  return pglite;
}

/** Connection fields from a URL. Fields, not the URL, because adapter-pg's shadow handling lets
 * a connection string's database override the shadow database's name. */
export function pgConfig(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    connectionTimeoutMillis: 10_000,
  };
}

/**
 * The app's pool: `poolSize` connections (DATABASE_POOL_SIZE), each opened with
 * connectionSettings; a query waits at most `connectTimeoutMs` for a free connection.
 */
export function appAdapterForServer(url: string, options: { poolSize?: number; connectTimeoutMs?: number } = {}): PrismaPg {
  return watchAvailability(
    new PrismaPg({
    ...pgConfig(url),
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      idleTimeoutMillis: 30_000,
      options: connectionOptions(),
    }),
  );
}

type Watched = Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">;

/** Reports each query's outcome to lib/db-availability.ts, and passes it on unchanged. */
function watchQueries<T extends Watched>(queryable: T): T {
  const watch = <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        const result = await run(...args);
        reportDatabaseSuccess();
        return result;
      } catch (error) {
        reportDatabaseError(error);
        throw error;
      }
    };
  queryable.queryRaw = watch(queryable.queryRaw.bind(queryable));
  queryable.executeRaw = watch(queryable.executeRaw.bind(queryable));
  return queryable;
}

/** The app's adapter, with every query, and every transaction's start and queries, watched. */
function watchAvailability(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = watchQueries(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => {
      try {
        const transaction = watchQueries(await startTransaction(...args));
        // adapter-pg keeps the transaction's pooled connection as `client`.
        registerTransactionConnection(transaction, (transaction as Transaction & { client?: unknown }).client);
        return transaction;
      } catch (error) {
        reportDatabaseError(error);
        throw error;
      }
    };
    return adapter;
  };
  return factory;
}

// ---------------------------------------------------------------- migrations

type PerformIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
type QueryRaw = SqlDriverAdapter["queryRaw"];

/**
 * The schema engine reads catalog columns of Postgres' internal `"char"` type (OID 18, e.g.
 * pg_constraint.contype) and expects them as character columns. adapter-pg cannot map OID 18
 * and fails the query, so: let the query through as text, then report those columns as
 * Character. The marks are keyed by the result's rows array, which queryRaw returns as is.
 */
function reportCharColumns<T extends object>(queryable: T): T {
  const target = queryable as T & { performIO?: PerformIO; queryRaw?: QueryRaw };
  const performIO = target.performIO;
  const queryRaw = target.queryRaw;
  if (typeof performIO !== "function" || typeof queryRaw !== "function") return queryable;
  const charColumns = new WeakMap<object, number[]>();
  target.performIO = async (query: unknown) => {
    const result = await performIO.call(queryable, query);
    const marked: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === 18) {
        field.dataTypeID = 25;
        marked.push(index);
      }
    });
    if (marked.length > 0) charColumns.set(result.rows, marked);
    return result;
  };
  target.queryRaw = async (query) => {
    const result = await queryRaw.call(queryable, query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function withCharFix(adapter: SqlDriverAdapter): SqlDriverAdapter {
  reportCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args): Promise<Transaction> => reportCharColumns(await startTransaction(...args));
  return adapter;
}

/**
 * Migration adapter for a PostgreSQL server. The shadow database (needed to create migrations)
 * is a temporary database on the same server: created, used, its pool closed, then dropped.
 */
export function migrationAdapterForServer(url: string): SqlMigrationAwareDriverAdapterFactory {
  const config = pgConfig(url);
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => withCharFix(await new PrismaPg({ ...config, max: 2 }).connect()),
    connectToShadowDb: async () => {
      const name = `temu_usaha_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      const admin = new pg.Client(config);
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      const shadow = withCharFix(await new PrismaPg({ ...config, database: name, max: 2 }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client(config);
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      };
      return shadow;
    },
  };
}

/** Migration adapter for the embedded database; its shadow is an in-memory PGlite with the same extensions. */
export function migrationAdapterForPglite(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(client);
  return {
    provider: "postgres",
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => {
      const shadow = new PGlite("memory://", { extensions: pgliteExtensions });
      const adapter = await new PrismaPGlite(shadow).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}
