// One small SQL interface over the two kinds of database: a pg client for a PostgreSQL server,
// or the embedded PGlite. A backup copies rows as PostgreSQL's own text form of each row
// (`t::text`), read back through the same type's input function, so every type round-trips
// exactly and a backup of one kind restores into the other.
import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { migrationAdapterForPglite, migrationAdapterForServer, pgConfig } from "@/lib/database/adapters";

export interface Sql {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
}

/** Where a backup comes from or goes to. */
export type BackupDatabase = { kind: "embedded"; pglite: PGlite; location: string } | { kind: "server"; url: string };

export interface OpenSql {
  sql: Sql;
  close(): Promise<void>;
}

export async function openSql(database: BackupDatabase): Promise<OpenSql> {
  if (database.kind === "embedded") {
    const pglite = database.pglite;
    return {
      sql: { query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows },
      close: async () => undefined,
    };
  }
  const client = new pg.Client(pgConfig(database.url));
  await client.connect();
  return {
    sql: { query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[] },
    close: () => client.end(),
  };
}

/**
 * Runs `run` with a schema-engine adapter for the database. On a server, the engine does not
 * close its connections when freed, and one of them keeps Prisma's advisory migration lock, so
 * a second engine in the same process (reset, then migrate) would wait for it until it times
 * out: the connections opened here are closed when `run` is done.
 */
export async function withMigrationFactory<T>(
  database: BackupDatabase,
  run: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
): Promise<T> {
  if (database.kind === "embedded") return run(migrationAdapterForPglite(database.pglite));
  const inner = migrationAdapterForServer(database.url);
  const opened: { dispose(): Promise<void> }[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    ...inner,
    connect: async () => {
      const adapter = await inner.connect();
      opened.push(adapter);
      return adapter;
    },
  };
  try {
    return await run(factory);
  } finally {
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => undefined)));
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export const migrationsTable = "_prisma_migrations";

/** Ordinary tables of the current schema, the migrations table left out. */
export async function listTables(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> $1 ORDER BY c.relname`,
    [migrationsTable],
  );
  return rows.map((row) => row.name);
}

export async function listSequences(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

export interface SequenceState {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export async function readSequence(sql: Sql, name: string): Promise<SequenceState> {
  const [row] = await sql.query<{ last_value: string; is_called: boolean }>(
    `SELECT last_value::text AS last_value, is_called FROM ${quoteIdent(name)}`,
  );
  return { name, lastValue: row?.last_value ?? "1", isCalled: row?.is_called ?? false };
}

/** The newest migration recorded as applied, or null when none is. */
export async function lastAppliedMigration(sql: Sql): Promise<string | null> {
  const [exists] = await sql.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [migrationsTable]);
  if (!exists?.found) return null;
  const [row] = await sql.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${migrationsTable}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return row?.name ?? null;
}

/** Reads a table through a cursor, `batch` rows at a time, each row in PostgreSQL's text form. */
export async function* tableRows(sql: Sql, table: string, batch = 2000): AsyncGenerator<string[]> {
  await sql.query(`DECLARE temu_backup_rows NO SCROLL CURSOR FOR SELECT t::text AS row FROM ${quoteIdent(table)} t`);
  try {
    for (;;) {
      const rows = await sql.query<{ row: string }>(`FETCH ${batch} FROM temu_backup_rows`);
      if (rows.length === 0) return;
      yield rows.map((row) => row.row);
    }
  } finally {
    await sql.query(`CLOSE temu_backup_rows`);
  }
}

/** Columns a row can be inserted with (generated columns are computed by the database). */
export async function insertableColumns(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [quoteIdent(table)],
  );
  return rows.map((row) => row.name);
}

export async function insertRows(sql: Sql, table: string, columns: string[], rows: string[]): Promise<void> {
  const list = columns.map(quoteIdent).join(", ");
  const values = columns.map((column) => `(r).${quoteIdent(column)}`).join(", ");
  // OFFSET 0 keeps the cast from being repeated once per column.
  await sql.query(
    `INSERT INTO ${quoteIdent(table)} (${list}) SELECT ${values}
       FROM (SELECT e.x::${quoteIdent(table)} AS r FROM json_array_elements_text($1::json) AS e(x) OFFSET 0) s`,
    [JSON.stringify(rows)],
  );
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

export async function foreignKeys(sql: Sql): Promise<ForeignKey[]> {
  return sql.query<ForeignKey>(
    `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY conname`,
  );
}

/** Tables other than reference data that hold at least one row. */
export async function tablesWithData(sql: Sql, ignore: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of await listTables(sql)) {
    if (ignore.includes(table)) continue;
    const [row] = await sql.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS any`);
    if (row?.any) found.push(table);
  }
  return found;
}
