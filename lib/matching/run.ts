// One matching run, from database to stored suggestions: load the scope's suppliers, demands and
// history, score with blocking and keep the top K per demand, store idempotently. Returns what
// it did and how long each part took (the benchmark prints these).
import { db as defaultDb } from "@/lib/db";
import { generateSuggestions } from "./batch";
import { loadDemands, loadHistory, loadSuppliers } from "./load";
import { type StoreStats, storeSuggestions } from "./store";
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
  const { suggestions, pairsScored } = generateSuggestions(suppliers, demands, context, options.topK ?? defaultTopK, history);
  const scored = performance.now();
  const stats = await database.$transaction((tx) => storeSuggestions(tx, options.eventId, demands, suggestions), { timeout: 120_000 });
  const stored = performance.now();
  return {
    ...stats,
    suppliers: suppliers.length,
    demands: demands.length,
    pairsScored,
    loadMs: Math.round(loaded - started),
    scoreMs: Math.round(scored - loaded),
    storeMs: Math.round(stored - scored),
  };
}
