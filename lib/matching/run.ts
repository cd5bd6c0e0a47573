// One matching run, from database to stored suggestions: load the scope's suppliers, demands and
// history, score with blocking and keep the top K per demand, store idempotently. Returns what
// it did and how long each part took (the benchmark prints these).
//
// One run per scope at a time, across every app server on the database: the run's transaction
// first tries the scope's advisory lock (the one the store and manual matches take), and a run
// that finds it held ends at once with MatchingRunInProgress instead of running a second time
// after the first. The transaction lock is released by the commit, or by PostgreSQL when a
// server dies mid-run, so nothing is left behind. Loading happens inside that transaction (on
// the embedded database a query beside an open transaction would wait for it).
import { db as defaultDb } from "@/lib/db";
import { transactionConnection } from "@/lib/transaction-connection";
import { createBatch } from "./engine/batch";
import { loadDemands, loadHistory, loadSuppliers } from "./load";
import { openStore, scopeLockKey, type StoreStats } from "./store";
import type { MatchContext, Weights } from "./engine/types";
import { defaultWeights } from "./engine/weights";

export interface RunOptions {
  eventId: string | null;
  /** Certificates must be valid on this day; requests past their deadline on it are skipped. */
  validOn: Date;
  officeCity: string;
  weights?: Weights;
  historyPolicy?: MatchContext["historyPolicy"];
  topK?: number;
}

export interface RunReport extends StoreStats {
  suppliers: number;
  demands: number;
  pairsScored: number;
  /** Reading the scope and laying its suppliers out for the batch. */
  loadMs: number;
  scoreMs: number;
  storeMs: number;
}

export const defaultTopK = 20;
/** Demands scored between two looks at the connection: each slice goes to the store, and a
 * finished write is followed by the next at once rather than after much more scoring. */
const scoringSlice = 20;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Another run of the same scope holds its lock: this one did nothing. */
export class MatchingRunInProgress extends Error {
  constructor(eventId: string | null) {
    super(`A matching run for ${eventId ?? "the city"} is already in progress`);
    this.name = "MatchingRunInProgress";
  }
}

export async function runMatching(options: RunOptions, database = defaultDb): Promise<RunReport> {
  const started = performance.now();
  const scope = { eventId: options.eventId, today: options.validOn };
  let loaded = started;
  let scoring = 0;
  let counts = { suppliers: 0, demands: 0, pairsScored: 0 };
  const stats = await database.$transaction(
    async (tx) => {
      // With the lock, more work_mem for this transaction (set_config(..., true) is SET LOCAL): see below.
      const lockKey = scopeLockKey(options.eventId);
      const [lock] = await tx.$queryRaw<{ taken: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${lockKey})) AS taken, set_config('work_mem', '32MB', true)`;
      if (!lock?.taken) throw new MatchingRunInProgress(options.eventId);
      // One query after another (the transaction has one connection either way); PostgreSQL
      // reads the demands while this process lays the suppliers out for the batch. The suppliers'
      // grouping sorts some 50,000 product rows: in memory with more than the default work_mem
      // of 4 MB, which spilled them to disk (about 20 ms of the read at 20k SMEs).
      const connection = await transactionConnection(tx);
      const suppliers = await loadSuppliers(tx, scope, connection);
      const history = await loadHistory(tx, connection);
      const demandsRead = loadDemands(tx, scope, connection);
      demandsRead.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
      const context: MatchContext = {
        validOn: options.validOn,
        officeCity: options.officeCity,
        weights: options.weights ?? defaultWeights,
        historyPolicy: options.historyPolicy ?? "penalise",
      };
      const batch = createBatch(suppliers, context, options.topK ?? defaultTopK, history);
      const demands = await demandsRead;
      loaded = performance.now();
      const store = await openStore(tx, options.eventId);
      // Score a slice and hand it to the store, which sends the rows in statements one after
      // another; scoring goes on while PostgreSQL writes. On an empty scope the batch writes the
      // rows' bytes straight into the store's COPY (store.rows); otherwise the store lays out
      // each slice's suggestions itself.
      try {
        for (let start = 0; start < demands.length; start += scoringSlice) {
          const slice = demands.slice(start, start + scoringSlice);
          const began = performance.now();
          if (store.rows) {
            batch.writeStored(slice, store.rows);
            scoring += performance.now() - began;
            store.flushRows();
          } else {
            const suggestions = batch.suggestStored(slice);
            scoring += performance.now() - began;
            void store.write(slice, suggestions).catch(() => undefined); // finish() reports a failure
          }
          await nextTurn();
        }
      } catch (error) {
        // Ends the COPY statement open on the connection, so that the rollback can run.
        if (store.rows) await store.finish().catch(() => undefined);
        throw error;
      }
      const result = await store.finish();
      counts = { suppliers: suppliers.length, demands: demands.length, pairsScored: batch.pairsScored };
      return result;
    },
    { timeout: 120_000 },
  );
  const stored = performance.now();
  return {
    ...stats,
    ...counts,
    loadMs: Math.round(loaded - started),
    scoreMs: Math.round(scoring),
    /** Writing that did not overlap with scoring. */
    storeMs: Math.round(stored - loaded - scoring),
  };
}
