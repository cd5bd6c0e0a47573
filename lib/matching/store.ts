// Stores a batch's suggestions as Match rows for one scope (an event, or the city when eventId is
// null), so that re-runs are idempotent and never undo staff's work: a match staff approved,
// vetoed, pinned or added by hand, or that either side answered, is left exactly as it is; an
// undecided suggestion still in the top K gets the new score, one that fell out is removed, and
// new pairs are added. Runs for one scope are serialised with an advisory lock, and the unique
// index on (event, enterprise, buyer, request) backs it.
import type pg from "pg";
import type { DbClient } from "@/lib/db";
import { copyIn } from "@/lib/copy-in";
import { transactionConnection } from "@/lib/transaction-connection";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StoredRows, StoredSuggestion, Suggestion } from "./engine/batch";
import type { Demand } from "./engine/types";
import { CopyRows, copySpecial, copyStatement, createIds, layoutLine, rowsPerCopy, storedText } from "./store-rows";

export { copyLine, layoutLine, storedComponents } from "./store-rows";

export interface StoreStats {
  created: number;
  updated: number;
  removed: number;
  /** Matches left alone because staff or a participant acted on them. */
  kept: number;
}

const undecided = Prisma.sql`"Match".status = 'SUGGESTED' AND NOT "Match".pinned AND NOT "Match".manual AND "Match"."smeResponse" = 'PENDING' AND "Match"."buyerResponse" = 'PENDING'`;

/** Stores a run's suggestions as they come (the run scores the next demands meanwhile). */
export interface StoreSession {
  /**
   * Lays the suggestions out for PostgreSQL at once (so the score objects die young) and sends
   * them with the next statement; statements go one after another on the transaction's
   * connection, never two at once. The caller need not wait; finish() does, and fails if any
   * write failed.
   */
  write(demands: Demand[], suggestions: (Suggestion | StoredSuggestion)[][]): Promise<void>;
  /** Sends what is left, waits for the writes, removes the undecided suggestions the run no longer makes, and counts. */
  finish(): Promise<StoreStats>;
  /**
   * For an empty scope on a server's connection: rows a batch writes straight into
   * (Batch.writeStored), sent by flushRows(). Null for the other stores: write() only.
   */
  readonly rows: StoredRows | null;
  /** Sends the rows written into `rows` since the last flush (a refused row fails finish()). */
  flushRows(): void;
}

/**
 * Rows per statement, all in one text parameter: one line per row, its fields separated by tabs
 * (id, enterprise, buyer, request or empty, score, the text of storedComponents), which
 * PostgreSQL splits with string_to_table and string_to_array. Far faster than a parameter per
 * column and row, and about half the work for PostgreSQL of the same rows as a JSON array of
 * objects (measured on the 35,165 rows of the 20k x 2k bench, inserted into an unindexed table:
 * 0.22-0.31 s against 0.43-0.49 s, machine busy); the components need no escaping either. No
 * field holds a tab or a line break: ids are checked (layoutLine), and JSON.stringify escapes
 * both inside strings. The first statement is smaller so that PostgreSQL starts soon, and the
 * statements are small enough that the last one, sent when scoring ends, is written quickly
 * (2,000 rows: some 20-30 ms for PostgreSQL on a quiet machine). The components are stored as
 * one JSON string, as PostgreSQL takes them: nothing queries inside them.
 */
const rowsPerStatement = 2_000;
const rowsInFirstStatement = 800;

/** The advisory lock of a scope's matches (runs, the store, manual matches); hashtext() of it. */
export const scopeLockKey = (eventId: string | null) => `matching:${eventId ?? "city"}`;

/**
 * Opens a store for one scope inside the caller's transaction, after taking the scope's advisory
 * lock (runs and manual matches of one scope never interleave). Each write is one upsert: new
 * pairs are inserted; an existing pair is updated only while undecided and only if its score or
 * components changed; a decided one is never touched. The SQL does the comparing, so a re-run
 * reads nothing back. A scope without any match yet (an event's first run) has nothing to
 * compare, keep or remove: its rows are inserted plainly and finish() has nothing to do.
 * Such a scope's rows go into COPY statements instead (copyStore), and a run's batch writes
 * them there as bytes (StoreSession.rows).
 */
export async function openStore(tx: DbClient, eventId: string | null): Promise<StoreSession> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${scopeLockKey(eventId)}))`;
  // Written so that the index on (eventId, status, score) serves it, for the city (null) too.
  const inScope = eventId === null ? Prisma.sql`"Match"."eventId" IS NULL` : Prisma.sql`"Match"."eventId" = ${eventId}`;
  const [scope] = await tx.$queryRaw<{ empty: boolean }[]>`SELECT NOT EXISTS (SELECT 1 FROM "Match" WHERE ${inScope}) AS empty`;
  // Under the lock nothing else adds to the scope, so an empty one holds only this run's rows.
  const empty = scope?.empty ?? false;
  // Every pair the run suggests, column by column, for finish(); no request is "" (as there).
  const kept = { enterpriseIds: [] as string[], buyerIds: [] as string[], requestIds: [] as string[] };
  const stats: StoreStats = { created: 0, updated: 0, removed: 0, kept: 0 };
  let written: Promise<void> = Promise.resolve();

  // The rows go straight to the transaction's pg connection where there is one (a server):
  // Prisma's handling of the large text parameters cost the run CPU and latency
  // (lib/transaction-connection.ts). Same statements, same transaction, either way.
  const connection = await transactionConnection(tx);
  if (empty && connection) return copyStore(connection, eventId);
  const execute = async (statement: Prisma.Sql) => (connection ? ((await connection.query(statement.text, statement.values)).rowCount ?? 0) : tx.$executeRaw(statement));
  const query = async <T extends object>(statement: Prisma.Sql) => (connection ? (await connection.query<T>(statement.text, statement.values)).rows : tx.$queryRaw<T[]>(statement));

  const rows = Prisma.sql`SELECT f[1], ${eventId}::text, f[2], f[3], nullif(f[4], ''), f[5]::int, to_jsonb(f[6]), now()`;
  const insert = Prisma.sql`INSERT INTO "Match" (id, "eventId", "enterpriseId", "buyerId", "sourcingRequestId", score, components, "updatedAt")`;
  const upsert = async (payload: string) => {
    const from = Prisma.sql`FROM string_to_table(${payload}::text, chr(10)) AS line CROSS JOIN LATERAL string_to_array(line, chr(9)) AS f`;
    if (empty) {
      stats.created += await execute(Prisma.sql`${insert} ${rows} ${from}`);
      return;
    }
    const [counts] = await query<{ created: number; updated: number }>(Prisma.sql`
      WITH written AS (
        ${insert} ${rows} ${from}
        ON CONFLICT ("eventId", "enterpriseId", "buyerId", "sourcingRequestId") DO UPDATE
          SET score = EXCLUDED.score, components = EXCLUDED.components, "updatedAt" = now()
          WHERE ${undecided} AND ("Match".score <> EXCLUDED.score OR "Match".components <> EXCLUDED.components)
        RETURNING (xmax = 0) AS inserted
      )
      SELECT (count(*) FILTER (WHERE inserted))::int AS created, (count(*) FILTER (WHERE NOT inserted))::int AS updated FROM written`);
    stats.created += counts?.created ?? 0;
    stats.updated += counts?.updated ?? 0;
  };

  // Rows laid out but not yet sent: lines of text (see layoutLine), joined when sent.
  let pending: string[] = [];
  let statements = 0;
  const send = () => {
    if (pending.length === 0) return;
    const payload = pending.join("\n");
    pending = [];
    statements += 1;
    written = written.then(() => upsert(payload));
    // A failed write surfaces in finish() (and to a caller who awaits it), never as unhandled.
    written.catch(() => undefined);
  };

  return {
    rows: null,
    flushRows: () => undefined,
    write(demands, suggestions) {
      const count = suggestions.reduce((sum, list) => sum + (list?.length ?? 0), 0);
      if (count === 0) return written;
      const ids = createIds(count);
      let row = 0;
      demands.forEach((demand, index) => {
        for (const suggestion of suggestions[index] ?? []) {
          pending.push(layoutLine(ids[row]!, suggestion.supplierId, demand.buyerId, demand.requestId, suggestion.score, storedText(suggestion)));
          row += 1;
          if (!empty) {
            kept.enterpriseIds.push(suggestion.supplierId);
            kept.buyerIds.push(demand.buyerId);
            kept.requestIds.push(demand.requestId ?? "");
          }
          if (pending.length >= (statements === 0 ? rowsInFirstStatement : rowsPerStatement)) send();
        }
      });
      return written;
    },
    async finish() {
      send();
      await written;
      if (empty) return stats;
      // NOT IN over the run's pairs becomes a hashed subplan whatever the row estimates are (a
      // NOT EXISTS could be planned as a nested loop over tens of thousands of rows each side).
      stats.removed = await execute(Prisma.sql`
        DELETE FROM "Match" WHERE ${inScope} AND ${undecided}
          AND ("enterpriseId", "buyerId", coalesce("sourcingRequestId", '')) NOT IN (
            SELECT * FROM unnest(${kept.enterpriseIds}::text[], ${kept.buyerIds}::text[], ${kept.requestIds}::text[])
          )`);
      const [decided] = await tx.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Match" WHERE ${inScope} AND NOT (${undecided})`;
      stats.kept = decided?.count ?? 0;
      return stats;
    },
  };
}

/**
 * An empty scope on a server's connection (a run after the scope's suggestions were cleared, an
 * event's first run): nothing to compare, keep or remove, so the rows go into COPY statements
 * fed as the run scores, and PostgreSQL writes them meanwhile. COPY instead of splitting text in
 * SQL, and one statement per 10,000 rows instead of per 2,000: on the 35,165 rows of the 20k x 2k
 * bench, some 460-510 ms of backend CPU against 640-690 for the statements (the parents' trigger,
 * migration 20261206131305, runs a few times instead of 18). Not one statement for all: its
 * trigger would check every parent only after the last row, while this process waits. Each
 * statement starts when the one before has ended; the rows take the transaction's now() as
 * updatedAt, as the statements do.
 */
async function copyStore(connection: pg.ClientBase, eventId: string | null): Promise<StoreSession> {
  if (eventId !== null && copySpecial.test(eventId)) throw new Error(`An event id cannot be laid out: ${JSON.stringify(eventId)}`);
  const { rows } = await connection.query<{ now: string }>("SELECT now()::timestamp(3)::text AS now");
  const tail = `\t${eventId ?? ""}\t${rows[0]!.now}`;
  let copy = copyIn(connection, copyStatement);
  let rowsInCopy = 0;
  const copied: Promise<number>[] = [];
  // A row that cannot be laid out: nothing more is written, and finish() ends the open statement
  // (a COPY left open would hold the connection, and the rollback behind it, for good).
  let refused: Error | null = null;
  const copyRows = new CopyRows(tail);
  // Ends the statement once it holds rowsPerCopy rows, and starts the next after it.
  const counted = (added: number) => {
    rowsInCopy += added;
    if (rowsInCopy < rowsPerCopy) return;
    const ended = copy.end();
    copied.push(ended);
    copy = copyIn(connection, copyStatement, ended);
    rowsInCopy = 0;
  };
  const flushRows = () => {
    const count = copyRows.count;
    const bytes = copyRows.take();
    if (bytes === null) refused ??= copyRows.refused;
    if (bytes === null || refused || count === 0) return;
    copy.writeBytes(bytes);
    counted(count);
  };
  return {
    rows: copyRows,
    flushRows,
    // Suggestions laid out already go into the same rows as a batch writes them.
    write(demands, suggestions) {
      if (refused) return Promise.resolve();
      demands.forEach((demand, index) => {
        for (const suggestion of suggestions[index] ?? []) {
          copyRows.beginRow(suggestion.supplierId, demand, suggestion.score);
          copyRows.sink.utf8(JSON.stringify(storedText(suggestion)));
          copyRows.endRow();
          // A statement still ends at rowsPerCopy rows exactly.
          if (rowsInCopy + copyRows.count >= rowsPerCopy) flushRows();
        }
      });
      flushRows();
      return Promise.resolve();
    },
    async finish() {
      copied.push(copy.end());
      const settled = await Promise.allSettled(copied);
      if (refused) throw refused;
      const counts = settled.map((result) => {
        if (result.status === "rejected") throw result.reason;
        return result.value;
      });
      return { created: counts.reduce((sum, rows) => sum + rows, 0), updated: 0, removed: 0, kept: 0 };
    },
  };
}

/** A whole run's suggestions at once. */
export async function storeSuggestions(
  tx: DbClient,
  eventId: string | null,
  demands: Demand[],
  suggestions: (Suggestion | StoredSuggestion)[][],
): Promise<StoreStats> {
  const session = await openStore(tx, eventId);
  await session.write(demands, suggestions);
  return session.finish();
}
