// One matching run, from database to stored suggestions: load the scope's suppliers, demands and
// history, score with blocking and keep the top K per demand, store idempotently. Returns what
// it did and how long each part took (the benchmark prints these).
import { db as defaultDb } from "@/lib/db";
import { createBatch } from "./batch";
import { loadDemands, loadHistory, loadSuppliers } from "./load";
import { openStore, type StoreStats } from "./store";
import type { MatchContext, Weights } from "./types";
import { defaultWeights } from "./weights";

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
  loadMs: number;
  scoreMs: number;
  storeMs: number;
}

export const defaultTopK = 20;
/** Demands scored per chunk; each chunk is written while the next is scored. */
const demandChunk = 200;

export async function runMatching(options: RunOptions, database = defaultDb): Promise<RunReport> {
  const started = performance.now();
  const scope = { eventId: options.eventId, today: options.validOn };
  const [suppliers, demands, history] = await Promise.all([loadSuppliers(database, scope), loadDemands(database, scope), loadHistory(database)]);
  const loaded = performance.now();
  const context: MatchContext = {
    validOn: options.validOn,
    officeCity: options.officeCity,
    weights: options.weights ?? defaultWeights,
    historyPolicy: options.historyPolicy ?? "penalise",
  };
  const batch = createBatch(suppliers, context, options.topK ?? defaultTopK, history);
  let scoring = 0;
  const stats = await database.$transaction(
    async (tx) => {
      const store = await openStore(tx, options.eventId);
      // Score a chunk, hand it to PostgreSQL, score the next while the database writes. Writes
      // go one after another on the transaction's connection, chained, never two at once.
      let writing: Promise<void> = Promise.resolve();
      for (let start = 0; start < demands.length; start += demandChunk) {
        const chunk = demands.slice(start, start + demandChunk);
        const began = performance.now();
        const suggestions = batch.suggest(chunk);
        scoring += performance.now() - began;
        writing = writing.then(() => store.write(chunk, suggestions));
        writing.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
        await new Promise((resolve) => setImmediate(resolve));
      }
      await writing;
      return store.finish();
    },
    { timeout: 120_000 },
  );
  const stored = performance.now();
  return {
    ...stats,
    suppliers: suppliers.length,
    demands: demands.length,
    pairsScored: batch.pairsScored,
    loadMs: Math.round(loaded - started),
    scoreMs: Math.round(scoring),
    /** Writing that did not overlap with scoring. */
    storeMs: Math.round(stored - loaded - scoring),
  };
}
