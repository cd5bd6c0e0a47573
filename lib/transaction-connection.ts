// The node-postgres connection under one of Prisma's interactive transactions, for the one write
// that Prisma makes slow: a matching run sends some 35,000 rows as a few large text parameters,
// and Prisma's query handling took 100 ms of the run's CPU and 20-40 ms of latency a statement
// for them (against 20 ms and none through pg itself, measured on 9 statements of 4,000 rows).
// The app's adapter (lib/database/adapters.ts) registers each transaction's pooled connection here, by its
// backend process id, while the transaction is open; transactionConnection() finds the one
// under a transaction client by asking PostgreSQL for that id through the transaction itself.
// A statement sent there is part of the transaction (committed or rolled back with it), and pg
// queues it behind the transaction's other statements on that connection. The embedded database
// (PGlite) has no such connection: callers fall back to Prisma.
import type pg from "pg";

/** What is needed of a Prisma client (lib/db's DbClient) here. */
interface RawQueries {
  $queryRaw<T>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
}

const open = new Map<number, pg.ClientBase>();

/** Called by the adapter when a transaction starts on `client`; forgotten when it ends. */
export function registerTransactionConnection(transaction: { commit(): Promise<void>; rollback(): Promise<void> }, client: unknown): void {
  const connection = client as (pg.ClientBase & { processID?: number | null }) | undefined;
  const pid = connection?.processID;
  if (typeof pid !== "number" || typeof connection?.query !== "function") return;
  open.set(pid, connection);
  const forget = () => {
    if (open.get(pid) === connection) open.delete(pid);
  };
  for (const end of ["commit", "rollback"] as const) {
    const run = transaction[end].bind(transaction);
    transaction[end] = async () => {
      forget();
      return run();
    };
  }
}

/** The pg connection under `tx`, an open interactive transaction; null when there is none (PGlite). */
export async function transactionConnection(tx: RawQueries): Promise<pg.ClientBase | null> {
  if (open.size === 0) return null;
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  return row ? (open.get(row.pid) ?? null) : null;
}
