// One matching run, from database to stored suggestions: load the scope's suppliers, demands and
// history, score with blocking and keep the top K per demand, store idempotently. Returns what
// it did and how long each part took (the benchmark prints these).
import { db as defaultDb } from "@/lib/db";
import { createBatch } from "./engine/batch";
import { loadDemands, loadHistory, loadSuppliers } from "./load";
import { openStore, type StoreStats } from "./store";
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
  loadMs: number;
  scoreMs: number;
  storeMs: number;
}

export const defaultTopK = 20;
/** Demands scored between two looks at the connection: each slice goes to the store, and a
 * finished write is followed by the next at once rather than after much more scoring. */
const scoringSlice = 20;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

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
      // Score a slice and hand it to the store, which sends the rows in statements of a few
      // thousand, one after another; scoring goes on while PostgreSQL writes.
      for (let start = 0; start < demands.length; start += scoringSlice) {
        const slice = demands.slice(start, start + scoringSlice);
        const began = performance.now();
        const suggestions = batch.suggest(slice);
        scoring += performance.now() - began;
        void store.write(slice, suggestions).catch(() => undefined); // finish() reports a failure
        await nextTurn();
      }
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
