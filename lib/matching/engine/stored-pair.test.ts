import { describe, expect, it } from "vitest";
import { storedComponents } from "../store-rows";
import { scorePair } from "./score";
import { storedPair, storedPairsOf } from "./stored-pair";
import { randomPairs, sampleHistories, sampleWeights } from "./synthetic";
import type { MatchContext } from "./types";
import { defaultWeights } from "./weights";

const histories = sampleHistories;

describe("stored components built straight from a pair", () => {
  it("are exactly what the store wrote from scorePair's components, on random pairs, weights and histories", () => {
    const suffixes = new Set<string>();
    let stored = 0;
    let excluded = 0;
    for (const [offset, weights] of sampleWeights.entries()) {
      const seed = 1 + offset;
      for (const policy of ["penalise", "exclude"] as const) {
        const context: MatchContext = { validOn: new Date("2027-03-10T00:00:00Z"), officeCity: "Semarang", weights, historyPolicy: policy };
        randomPairs(3000, seed).forEach(([supplier, demand], index) => {
          const history = histories[index % histories.length];
          const result = scorePair(supplier, demand, context, history);
          const text = storedPair(supplier, demand, context, history);
          if (result.excluded) {
            expect(text).toBeNull();
            excluded += 1;
            return;
          }
          expect(text).toBe(storedComponents(result.components));
          for (const component of result.components) suffixes.add(component.explanation.key);
          stored += 1;
        });
      }
    }
    expect(stored).toBeGreaterThan(5000);
    expect(excluded).toBeGreaterThan(500);
    // Every kind of explanation came up, so every branch was compared.
    const expected = [
      "sector.subclass", "sector.class", "sector.group", "sector.division", "sector.unknown",
      "capacity.noQuantity", "capacity.unknown", "capacity.otherUnit", "capacity.coversWithMinimumOrder", "capacity.covers", "capacity.coversPart",
      "exportReadiness.domestic", "exportReadiness.tier", "exportReadiness.tierAndExperience",
      "certificates.noneAsked", "certificates.all", "certificates.some",
      "price.unknown", "price.within", "price.above",
      "location.sameKecamatan", "location.sameCity", "location.domestic", "location.abroad",
      "grade.none", "grade.graded",
      "reciprocity.anyBuyer", "reciprocity.wantsKind", "reciprocity.otherKind", "reciprocity.anyBuyerAndMarket", "reciprocity.wantsKindAndMarket", "reciprocity.otherKindAndMarket",
      "history.none", "history.positive", "history.metWithoutResult", "history.mixed",
    ];
    expect(expected.filter((key) => !suffixes.has(key))).toEqual([]);
  });

  it("are the same through storedPairsOf, one demand's function over many suppliers", () => {
    const context: MatchContext = { validOn: new Date("2027-03-10T00:00:00Z"), officeCity: "Semarang", weights: defaultWeights, historyPolicy: "penalise" };
    const pairs = randomPairs(2000, 7);
    let compared = 0;
    for (const [, demand] of pairs.slice(0, 40)) {
      const storedOf = storedPairsOf(demand, context);
      pairs.forEach(([supplier], index) => {
        const history = histories[index % histories.length];
        const result = scorePair(supplier, demand, context, history);
        expect(storedOf(supplier, history)).toBe(result.excluded ? null : storedComponents(result.components));
        compared += 1;
      });
    }
    expect(compared).toBe(80_000);
  });
});
