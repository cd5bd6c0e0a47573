// Batch generation, pure: for every demand, the top K suppliers by score (ties: supplier id
// ascending), each with its full explanation. Candidates are blocked by KBLI prefix and met best
// fit first (subclass, class, group, division); a pair in different divisions is excluded by the
// score itself, and once the K kept beat the most a pair at the next level could score, the rest
// is skipped. Both are exact: bruteForceTopK (every pair through scorePair) gives the same lists.
import { fastScore, locationAtMost, prepareDemand, supplierTable } from "./kernel";
import { scorePair } from "./score";
import type { ByteSink } from "./stored-bytes";
import { storedFieldsOf, storedPairsOf } from "./stored-pair";
import { componentKeys, type Demand, type MatchContext, type PairHistory, type ScoreComponent, type Supplier } from "./types";
import { historyBonus } from "./weights";

export interface Suggestion {
  supplierId: string;
  score: number;
  components: ScoreComponent[];
}

/** A suggestion with its components as the store writes them (storedPair), for a run that stores them. */
export interface StoredSuggestion {
  supplierId: string;
  score: number;
  /** The text of storedComponents (lib/matching/store-rows.ts) of the pair's components. */
  stored: string;
}

export interface BatchResult {
  /** One list per demand, in the demands' order, best first. */
  suggestions: Suggestion[][];
  pairsScored: number;
}

/** History of a supplier with a buyer, looked up by pairKey(supplierId, buyerId). */
export type HistoryIndex = ReadonlyMap<string, PairHistory>;
export const pairKey = (supplierId: string, buyerId: string) => `${supplierId}\u0000${buyerId}`;

/** KBLI prefix lengths from subclass to division, and the sector value a best fit at each gives (components.ts). */
const levels = [5, 4, 3, 2] as const;
const sectorValueByLength: Record<number, number> = { 5: 1, 4: 0.75, 3: 0.5, 2: 0.25 };

/** Better first: higher score, then the smaller supplier id. */
function better(scoreA: number, idA: string, scoreB: number, idB: string): boolean {
  return scoreA !== scoreB ? scoreA > scoreB : idA < idB;
}

/** The K best of a stream, kept in a small binary heap whose root is the worst kept. */
class TopK {
  private readonly scores: number[] = [];
  private readonly suppliers: { index: number; id: string }[] = [];
  constructor(private readonly k: number) {}

  offer(score: number, supplier: { index: number; id: string }): void {
    if (this.k <= 0) return;
    if (this.scores.length < this.k) {
      this.scores.push(score);
      this.suppliers.push(supplier);
      this.up(this.scores.length - 1);
    } else if (better(score, supplier.id, this.scores[0]!, this.suppliers[0]!.id)) {
      this.scores[0] = score;
      this.suppliers[0] = supplier;
      this.down(0);
    }
  }

  /** The worst score kept once K are kept; -1 before. */
  threshold(): number {
    return this.scores.length < this.k ? -1 : this.scores[0]!;
  }

  sorted(): { score: number; supplier: { index: number; id: string } }[] {
    return this.scores
      .map((score, i) => ({ score, supplier: this.suppliers[i]! }))
      .sort((a, b) => (better(a.score, a.supplier.id, b.score, b.supplier.id) ? -1 : 1));
  }

  /** True when the entry at i is worse than the one at j (the heap keeps the worst on top). */
  private worse(i: number, j: number): boolean {
    return better(this.scores[j]!, this.suppliers[j]!.id, this.scores[i]!, this.suppliers[i]!.id);
  }

  private swap(i: number, j: number): void {
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
    [this.suppliers[i], this.suppliers[j]] = [this.suppliers[j]!, this.suppliers[i]!];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.scores.length && this.worse(left, worst)) worst = left;
      if (right < this.scores.length && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}

/** Where writeStored puts each pair it keeps (lib/matching/store.ts: a row of a COPY statement). */
export interface StoredRows {
  /** Starts the row of a kept pair; its stored components follow into `sink`, then endRow(). */
  beginRow(supplierId: string, demand: Demand, score: number): void;
  readonly sink: ByteSink;
  endRow(): void;
}

/** A batch over one set of suppliers: laid out once, then asked for demands a chunk at a time. */
export interface Batch {
  /** The top K suppliers for each demand, in order, with full explanations. */
  suggest(demands: Demand[]): Suggestion[][];
  /** The same suppliers in the same order, with the explanations only as the store writes them. */
  suggestStored(demands: Demand[]): StoredSuggestion[][];
  /**
   * The same pairs written into `rows`, each with its stored components as the bytes of a COPY
   * field (stored-bytes.ts) rather than as text: no arrays, strings or copies per pair. Returns
   * the rows written.
   */
  writeStored(demands: Demand[], rows: StoredRows): number;
  /** Pairs scored so far. */
  readonly pairsScored: number;
}

export function createBatch(suppliers: Supplier[], context: MatchContext, topK: number, history: HistoryIndex = new Map()): Batch {
  const table = supplierTable(suppliers, context);
  // Suppliers by each prefix of their codes: subclass (5 digits) down to division (2). A demand
  // reads them best level first, so a supplier is met at the level of its best fit.
  const blocks = new Map<string, number[]>();
  const withoutSector: number[] = [];
  suppliers.forEach((supplier, index) => {
    if (supplier.kbliCodes.length === 0) withoutSector.push(index);
    const prefixes = new Set(supplier.kbliCodes.flatMap((code) => levels.map((length) => code.slice(0, length))));
    for (const key of prefixes) {
      const block = blocks.get(key);
      if (block) block.push(index);
      else blocks.set(key, [index]);
    }
  });
  // The most a pair can score when its best sector fit is at a level: every other component
  // applicable and perfect, except location at the most it gives the demand (it always applies;
  // counting a component that may not apply as perfect only raises the bound), plus the history
  // bonus. Scores are rounded like fastScore's; the epsilon keeps rounding errors on the safe side.
  const sectorWeight = context.weights.sector;
  const locationWeight = context.weights.location;
  const otherWeight = componentKeys.reduce((sum, key) => sum + (key === "sector" ? 0 : context.weights[key]), 0);
  const ceilingAt = (length: number, bonus: number, location: number) => {
    const total = sectorWeight + otherWeight;
    if (total === 0 || sectorWeight === 0) return 100;
    const best = sectorValueByLength[length]! * sectorWeight + otherWeight - (1 - location) * locationWeight;
    return Math.round(Math.min(100, (best / total) * 100 + bonus + 1e-9));
  };
  // History by buyer, then by supplier index, so a pair's lookup costs nothing for most buyers.
  const indexOf = new Map(suppliers.map((supplier, index) => [supplier.id, index]));
  const historyByBuyer = new Map<string, Map<number, PairHistory>>();
  for (const [key, entry] of history) {
    const [supplierId = "", buyerId = ""] = key.split("\u0000");
    const index = indexOf.get(supplierId);
    if (index === undefined) continue;
    const own = historyByBuyer.get(buyerId) ?? new Map<number, PairHistory>();
    own.set(index, entry);
    historyByBuyer.set(buyerId, own);
  }
  const noHistory = new Map<number, PairHistory>();
  const all = suppliers.map((_, index) => index);
  const score = fastScore; // one lookup, not one per pair
  // Marks the suppliers already scored for the current demand (a supplier sits in several blocks).
  const seen = new Int32Array(suppliers.length).fill(-1);
  let stamp = 0;
  let pairsScored = 0;

  /** The top K of one demand, best first, and the demand's history by supplier index. */
  const rankOne = (demand: Demand) => {
    stamp += 1;
    const d = prepareDemand(demand, table, context);
    const pairHistory = historyByBuyer.get(demand.buyerId) ?? noHistory;
    const best = new TopK(topK);
    // level: the sector fit of every supplier first met in the list (0: fastScore works it out).
    const visit = (list: readonly number[], level: number) => {
      for (const index of list) {
        if (seen[index] === stamp) continue;
        seen[index] = stamp;
        pairsScored += 1;
        const value = score(table, index, d, context.historyPolicy, pairHistory.size > 0 ? pairHistory.get(index) : undefined, level);
        if (value >= 0 && value >= best.threshold()) best.offer(value, { index, id: table.ids[index]! });
      }
    };
    if (demand.kbliCodes.length === 0) {
      visit(all, 0);
    } else {
      visit(withoutSector, 0);
      const bonus = [...pairHistory.values()].some((entry) => entry.positiveOutcome) ? historyBonus : 0;
      for (const length of levels) {
        // Nothing met from here on can beat the K kept: stop (ties at the threshold still count).
        if (best.threshold() > ceilingAt(length, bonus, locationAtMost(d))) break;
        for (const key of new Set(demand.kbliCodes.map((code) => code.slice(0, length)))) visit(blocks.get(key) ?? [], length);
      }
    }
    return { kept: best.sorted(), pairHistory };
  };
  const suggestOne = (demand: Demand): Suggestion[] => {
    const { kept, pairHistory } = rankOne(demand);
    return kept.map(({ supplier }) => {
      const full = scorePair(suppliers[supplier.index]!, demand, context, pairHistory.get(supplier.index));
      if (full.excluded) throw new Error(`Batch and score disagree on ${supplier.id}: excluded by scorePair`);
      return { supplierId: supplier.id, score: full.score, components: full.components };
    });
  };
  // The kernel's score is scorePair's (the kernel tests check it on random pairs).
  const suggestStoredOne = (demand: Demand): StoredSuggestion[] => {
    const { kept, pairHistory } = rankOne(demand);
    const storedOf = storedPairsOf(demand, context);
    return kept.map(({ score: value, supplier }) => {
      const stored = storedOf(suppliers[supplier.index]!, pairHistory.get(supplier.index));
      if (stored === null) throw new Error(`Batch and score disagree on ${supplier.id}: excluded by scorePair`);
      return { supplierId: supplier.id, score: value, stored };
    });
  };
  const writeStoredOne = (demand: Demand, rows: StoredRows): number => {
    const { kept, pairHistory } = rankOne(demand);
    const fieldOf = storedFieldsOf(demand, context);
    for (const { score: value, supplier } of kept) {
      rows.beginRow(supplier.id, demand, value);
      if (!fieldOf(rows.sink, suppliers[supplier.index]!, pairHistory.get(supplier.index))) throw new Error(`Batch and score disagree on ${supplier.id}: excluded by scorePair`);
      rows.endRow();
    }
    return kept.length;
  };
  return {
    suggest: (demands) => demands.map(suggestOne),
    suggestStored: (demands) => demands.map(suggestStoredOne),
    writeStored: (demands, rows) => demands.reduce((count, demand) => count + writeStoredOne(demand, rows), 0),
    get pairsScored() {
      return pairsScored;
    },
  };
}

export function generateSuggestions(suppliers: Supplier[], demands: Demand[], context: MatchContext, topK: number, history: HistoryIndex = new Map()): BatchResult {
  const batch = createBatch(suppliers, context, topK, history);
  const suggestions = batch.suggest(demands);
  return { suggestions, pairsScored: batch.pairsScored };
}

/** The reference: every pair through scorePair, sorted, the first K. For tests and the benchmark's check. */
export function bruteForceTopK(suppliers: Supplier[], demand: Demand, context: MatchContext, topK: number, history: HistoryIndex = new Map()): { supplierId: string; score: number }[] {
  const scored: { supplierId: string; score: number }[] = [];
  for (const supplier of suppliers) {
    const result = scorePair(supplier, demand, context, history.get(pairKey(supplier.id, demand.buyerId)));
    if (!result.excluded) scored.push({ supplierId: supplier.id, score: result.score });
  }
  scored.sort((a, b) => (better(a.score, a.supplierId, b.score, b.supplierId) ? -1 : 1));
  return scored.slice(0, topK);
}
