import { describe, expect, it } from "vitest";
import { syntheticTrades } from "./synthetic-catalog";
import { syntheticSourcingRequest } from "./synthetic-buyers";
import { largestCapacityFactor, type SyntheticContext } from "./synthetic-enterprise";

const context: SyntheticContext = {
  seed: 1,
  kbliId: (code) => Number(code),
  kelurahan: [{ code: "33.74.13.1013", name: "Krobokan", kecamatanCode: "33.74.13" }],
  kecamatanCodes: ["33.74.13"],
};

const tradeOf = (kbliId: number | undefined | null) => syntheticTrades.find((trade) => Number(trade.kbli) === kbliId)!;

describe("syntheticSourcingRequest with pooledShare", () => {
  it("changes nothing without the option, and only volume, unit and description of the pooled requests with it", () => {
    let pooled = 0;
    for (let index = 0; index < 2000; index += 1) {
      const plain = syntheticSourcingRequest(context, index, 100);
      expect(syntheticSourcingRequest(context, index, 100, 0)).toEqual(plain);
      const withPool = syntheticSourcingRequest(context, index, 100, 0.2);
      const { quantityPerMonth, unit, description, ...rest } = withPool;
      const { quantityPerMonth: plainQuantity, unit: plainUnit, description: plainDescription, ...plainRest } = plain;
      expect(rest).toEqual(plainRest);
      if (quantityPerMonth === plainQuantity && unit === plainUnit) {
        expect(description).toBe(plainDescription);
        continue;
      }
      pooled += 1;
      const trade = tradeOf(withPool.kbliId);
      // More than any synthetic IKM of the trade can make alone, in the trade's capacity unit.
      expect(unit).toBe(trade.capacity[2]);
      expect(quantityPerMonth).toBeGreaterThan(trade.capacity[1] * largestCapacityFactor);
    }
    expect(pooled).toBeGreaterThan(340);
    expect(pooled).toBeLessThan(460);
  });
});
