// The batch's fast path and blocking against the reference: the kernel gives scorePair's score
// for every pair, and the blocked top-K lists equal the brute-force ones (every pair through
// scorePair), history and suppliers without KBLI included.
import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/random/seeded";
import { storedComponents } from "../store-rows";
import { bruteForceTopK, createBatch, generateSuggestions, type HistoryIndex, pairKey } from "./batch";
import { fastScore, prepareDemand, supplierTable } from "./kernel";
import { scorePair } from "./score";
import { randomDemand, randomPairs, randomSupplier } from "./synthetic";
import type { MatchContext, PairHistory } from "./types";
import { defaultWeights } from "./weights";

const context: MatchContext = { validOn: new Date("2027-03-10T00:00:00Z"), officeCity: "Semarang", weights: defaultWeights, historyPolicy: "penalise" };

describe("batch matching", () => {
  it("the kernel gives exactly scorePair's score, or -1 where scorePair excludes", () => {
    const histories: (PairHistory | undefined)[] = [undefined, { metWithoutResult: true, positiveOutcome: false }, { metWithoutResult: false, positiveOutcome: true }];
    for (const policy of ["penalise", "exclude"] as const) {
      const ctx = { ...context, historyPolicy: policy, weights: { ...defaultWeights, price: 17, location: 0 } };
      randomPairs(3000, policy === "exclude" ? 5 : 6).forEach(([supplier, demand], index) => {
        const history = histories[index % 3];
        const full = scorePair(supplier, demand, ctx, history);
        const table = supplierTable([supplier], ctx);
        const fast = fastScore(table, 0, prepareDemand(demand, table, ctx), policy, history);
        expect(fast, `pair ${index}`).toBe(full.excluded ? -1 : full.score);
      });
    }
  });

  it("blocked top-K lists equal brute force over every pair, with explanations for each kept pair", () => {
    const random = createRandom(424242);
    const suppliers = Array.from({ length: 400 }, (_, index) => randomSupplier(random, index));
    for (const supplier of suppliers.slice(0, 8)) supplier.kbliCodes = [];
    const demands = Array.from({ length: 60 }, (_, index) => randomDemand(random, index));
    const history: HistoryIndex = new Map([
      [pairKey("s3", "b1"), { metWithoutResult: true, positiveOutcome: false }],
      [pairKey("s10", "b2"), { metWithoutResult: false, positiveOutcome: true }],
    ]);
    const { suggestions, pairsScored } = generateSuggestions(suppliers, demands, context, 20, history);
    expect(pairsScored).toBeLessThan(suppliers.length * demands.length);
    demands.forEach((demand, index) => {
      const reference = bruteForceTopK(suppliers, demand, context, 20, history);
      expect(suggestions[index]!.map(({ supplierId, score }) => ({ supplierId, score })), `demand ${index}`).toEqual(reference);
      for (const suggestion of suggestions[index]!) expect(suggestion.components).toHaveLength(9);
    });
    // What a run stores: the same suppliers and scores, and the components as the store wrote them from the explanations.
    const stored = createBatch(suppliers, context, 20, history).suggestStored(demands);
    expect(stored).toEqual(suggestions.map((list) => list.map(({ supplierId, score, components }) => ({ supplierId, score, stored: storedComponents(components) }))));
  });

  it("skipping the levels that cannot beat the K kept changes no list (small K, sector- or location-heavy weights), and does skip", () => {
    const random = createRandom(777);
    const suppliers = Array.from({ length: 600 }, (_, index) => randomSupplier(random, index));
    const demands = Array.from({ length: 40 }, (_, index) => randomDemand(random, index)).filter((demand) => demand.kbliCodes.length > 0);
    const history: HistoryIndex = new Map([[pairKey("s5", demands[0]!.buyerId), { metWithoutResult: false, positiveOutcome: true }]]);
    const scored: number[] = [];
    // A heavy location weight makes the ceilings of buyers outside the office's city much lower.
    for (const weights of [defaultWeights, { ...defaultWeights, sector: 90 }, { ...defaultWeights, location: 60 }]) {
      for (const k of [1, 3, 20]) {
        const ctx = { ...context, weights };
        const { suggestions, pairsScored } = generateSuggestions(suppliers, demands, ctx, k, history);
        demands.forEach((demand, index) => {
          expect(suggestions[index]!.map(({ supplierId, score }) => ({ supplierId, score })), `k ${k}, demand ${index}`).toEqual(bruteForceTopK(suppliers, demand, ctx, k, history));
        });
        scored.push(pairsScored);
      }
    }
    // With a heavy sector weight and K = 1, whole levels are skipped.
    expect(scored[3]).toBeLessThan(scored[5]!);
  });

  it("keeps fewer than K when fewer pairs are sensible, and none for K = 0", () => {
    const [supplier, demand] = randomPairs(1, 3)[0]!;
    const lone = { ...demand, kbliCodes: ["13134"], requiredCertificates: [] };
    const result = generateSuggestions([{ ...supplier, kbliCodes: ["13121"] }, { ...supplier, id: "x", kbliCodes: ["10391"] }], [lone], context, 20);
    expect(result.suggestions[0]!.map((suggestion) => suggestion.supplierId)).toEqual([supplier.id]);
    expect(generateSuggestions([supplier], [lone], context, 0).suggestions).toEqual([[]]);
  });
});
