// Properties of the matching score, checked on a thousand random pairs from a seeded generator
// and on hand-built cases: more capacity never lowers the capacity component (nor the score);
// sector fit follows the KBLI hierarchy; hard filters exclude; the same input always gives the
// same output; every component carries an explanation that reads as a sentence in both languages.
import { describe, expect, it } from "vitest";
import type { BuyerKind, CertificateType, CurationGrade, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { createRandom, type Random } from "@/lib/seed/scale-random";
import { capacityFit, coverageCurve, kbliSharedLevel, sectorFit } from "./components";
import { explanationText } from "./explain";
import { scorePair } from "./score";
import { componentKeys, type Demand, type MatchContext, type Supplier } from "./types";
import { defaultWeights, weightsFrom } from "./weights";

const context: MatchContext = { validOn: new Date("2027-03-10T00:00:00Z"), officeCity: "Semarang", weights: defaultWeights, historyPolicy: "penalise" };
const kbli = ["13134", "13133", "13121", "13910", "14111", "10391", "10792", "10794", "31001", "25920"];
const certificateTypes: CertificateType[] = ["HALAL", "PIRT", "BPOM_MD", "SNI", "HKI_MEREK", "ISO"];
const buyerKinds: BuyerKind[] = ["RETAILER", "DISTRIBUTOR", "EXPORTER", "IMPORTER", "HOREKA"];
const tiers: (ExportReadinessTier | null)[] = ["SIAP_EKSPOR", "SIAP_DENGAN_PENDAMPINGAN", "BELUM_SIAP", null];
const grades: (CurationGrade | null)[] = ["A", "B", "C", null];
const maybe = <T,>(random: Random, value: T): T | null => (random.chance(0.8) ? value : null);

function randomSupplier(random: Random, index: number): Supplier {
  const priceMin = random.int(5, 500) * 1000;
  return {
    id: `s${index}`,
    kbliCodes: random.sample(kbli, random.int(1, 3)),
    monthlyCapacity: maybe(random, random.int(10, 50_000)),
    capacityUnit: random.pick(["pcs", "kg", "lembar"]),
    minOrder: maybe(random, random.int(1, 500)),
    priceMin: maybe(random, priceMin),
    priceMax: maybe(random, priceMin + random.int(0, 200) * 1000),
    exportReadinessTier: random.pick(tiers),
    exportCountries: random.sample(["MY", "SG", "JP", "AU", "NL"], random.int(0, 2)),
    certificates: random.sample(certificateTypes, random.int(0, 3)).map((type) => ({
      type,
      expiresAt: random.chance(0.3) ? null : new Date(Date.UTC(2026 + random.int(0, 2), random.int(0, 11), random.int(1, 28))),
      verified: random.chance(0.5),
    })),
    kecamatanCode: random.pick(["33.74.01", "33.74.04", "33.74.10"]),
    curationGrade: random.pick(grades),
    targetBuyerKinds: random.sample(buyerKinds, random.int(0, 2)),
  };
}

function randomDemand(random: Random, index: number): Demand {
  const quantity = maybe(random, random.int(10, 20_000));
  const targetMin = random.int(5, 500) * 1000;
  return {
    requestId: random.chance(0.7) ? `r${index}` : null,
    buyerId: `b${index}`,
    buyerKind: random.pick(buyerKinds),
    country: random.pick(["ID", "ID", "ID", "MY"]),
    city: random.pick(["Semarang", "Kota Semarang", "Jakarta", "Kuala Lumpur"]),
    kecamatanCode: random.chance(0.5) ? random.pick(["33.74.01", "33.74.04"]) : null,
    kbliCodes: random.sample(kbli, random.int(0, 2)),
    quantityPerMonth: quantity,
    unit: random.pick(["pcs", "kg", "lembar", null]),
    orderSize: quantity === null ? null : maybe(random, Math.max(1, Math.round(quantity / random.int(1, 4)))),
    targetPriceMin: maybe(random, targetMin),
    targetPriceMax: maybe(random, targetMin + random.int(0, 100) * 1000),
    requiredCertificates: random.chance(0.2) ? random.sample(certificateTypes, 1) : [],
    preferredCertificates: random.sample(certificateTypes, random.int(0, 2)),
    exportDestinations: random.chance(0.3) ? random.sample(["MY", "SG", "JP"], random.int(1, 2)) : [],
  };
}

function randomPairs(count: number, seed = 20261202): [Supplier, Demand][] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => [randomSupplier(random, index), randomDemand(random, index)]);
}

describe("matching score", () => {
  it("more capacity never lowers the capacity component, nor the score", () => {
    for (const [supplier, demand] of randomPairs(1000)) {
      const before = scorePair(supplier, demand, context);
      for (const more of [1, 10, 1000, 100_000]) {
        const bigger = { ...supplier, monthlyCapacity: (supplier.monthlyCapacity ?? 0) + more };
        const after = scorePair(bigger, demand, context);
        if (supplier.monthlyCapacity !== null) expect(capacityFit(bigger, demand).value).toBeGreaterThanOrEqual(capacityFit(supplier, demand).value);
        if (!before.excluded && !after.excluded && supplier.monthlyCapacity !== null) expect(after.score).toBeGreaterThanOrEqual(before.score);
      }
    }
  });

  it("capacity is a smooth curve, not a cliff: no jump as coverage passes any point", () => {
    for (let ratio = 0; ratio <= 1.2; ratio += 0.01) {
      expect(Math.abs(coverageCurve(ratio + 0.01) - coverageCurve(ratio))).toBeLessThan(0.021);
    }
    const demand = randomPairs(1)[0]![1];
    const need = { ...demand, quantityPerMonth: 2500, unit: "pcs", orderSize: null };
    const supplier = { ...randomPairs(1)[0]![0], monthlyCapacity: 2000, capacityUnit: "pcs", minOrder: null };
    const fit = capacityFit(supplier, need);
    expect(fit.value).toBeCloseTo(0.96, 2);
    expect(explanationText(fit.explanation, "id")).toBe("Kapasitas 2.000 pcs/bulan memenuhi 80% kebutuhan 2.500 pcs/bulan.");
    expect(explanationText(fit.explanation, "en")).toBe("Capacity of 2,000 pcs/month covers 80% of the need of 2,500 pcs/month.");
  });

  it("sector fit follows the KBLI hierarchy: subclass > class > group > division > unrelated", () => {
    const [supplier, demand] = randomPairs(1)[0]!;
    const fitFor = (code: string) => sectorFit({ ...supplier, kbliCodes: ["13134"] }, { ...demand, kbliCodes: [code] });
    const ladder = ["13134", "13133", "13121", "13910", "10391"].map(fitFor);
    expect(ladder.map((fit) => fit.explanation.key)).toEqual(["sector.subclass", "sector.class", "sector.group", "sector.division", "sector.unrelated"]);
    for (let step = 1; step < ladder.length; step += 1) expect(ladder[step - 1]!.value).toBeGreaterThan(ladder[step]!.value);
    expect(kbliSharedLevel("13134", "13134")).toBe(5);
    // The best of several codes counts.
    expect(sectorFit({ ...supplier, kbliCodes: ["10391", "13133"] }, { ...demand, kbliCodes: ["13134"] }).explanation.key).toBe("sector.class");
  });

  it("hard filters exclude: another KBLI division, a required certificate missing or expired on the event date, and a fruitless earlier meeting when so set", () => {
    const [anySupplier, anyDemand] = randomPairs(1)[0]!;
    const supplier = { ...anySupplier, kbliCodes: ["13134"] };
    const demand = { ...anyDemand, kbliCodes: ["13121"], requiredCertificates: [] };
    expect(scorePair(supplier, { ...demand, kbliCodes: ["10391"] }, context)).toMatchObject({ excluded: true, reason: { key: "excluded.unrelatedSector" } });
    expect(scorePair(supplier, { ...demand, kbliCodes: [] }, context).excluded).toBe(false);
    const halalUntil = (day: string | null) => ({ ...supplier, certificates: [{ type: "HALAL" as const, expiresAt: day ? new Date(day) : null, verified: true }] });
    const needsHalal = { ...demand, requiredCertificates: ["HALAL" as const] };
    expect(scorePair({ ...supplier, certificates: [] }, needsHalal, context)).toMatchObject({ excluded: true, reason: { key: "excluded.requiredCertificate" } });
    expect(scorePair(halalUntil("2027-03-09"), needsHalal, context).excluded).toBe(true);
    expect(scorePair(halalUntil("2027-03-10"), needsHalal, context).excluded).toBe(false);
    expect(scorePair(halalUntil(null), needsHalal, context).excluded).toBe(false);

    const met = { metWithoutResult: true, positiveOutcome: false };
    expect(scorePair(supplier, demand, { ...context, historyPolicy: "exclude" }, met)).toMatchObject({ excluded: true, reason: { key: "excluded.metWithoutResult" } });
    const penalised = scorePair(supplier, demand, context, met);
    const fresh = scorePair(supplier, demand, context);
    if (!penalised.excluded && !fresh.excluded) expect(penalised.score).toBeLessThanOrEqual(fresh.score);
    const rewarded = scorePair(supplier, demand, context, { metWithoutResult: false, positiveOutcome: true });
    if (!rewarded.excluded && !fresh.excluded) expect(rewarded.score).toBeGreaterThanOrEqual(fresh.score);
  });

  it("the same input always gives the same output, and the input is left as it was", () => {
    for (const [supplier, demand] of randomPairs(300, 7)) {
      const copy = structuredClone([supplier, demand]);
      const first = scorePair(supplier, demand, context);
      expect(scorePair(supplier, demand, context)).toEqual(first);
      expect([supplier, demand]).toEqual(copy);
    }
  });

  it("scores stay within 0..100, points add up to the score, and every component explains itself in both languages", () => {
    const weights = weightsFrom({ sector: 50, price: 0, location: 7, unknown: 99, grade: -3 });
    expect(weights).toMatchObject({ sector: 50, price: 0, location: 7, grade: defaultWeights.grade });
    for (const [supplier, demand] of randomPairs(500, 99)) {
      const result = scorePair(supplier, demand, { ...context, weights }, { metWithoutResult: false, positiveOutcome: false });
      if (result.excluded) {
        for (const locale of ["id", "en"] as const) expect(explanationText(result.reason, locale)).not.toMatch(/Matching\.|[{}]/);
        continue;
      }
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      expect(result.components.map((component) => component.key)).toEqual([...componentKeys, "history"]);
      const sum = result.components.reduce((total, component) => total + component.points, 0);
      expect(Math.abs(sum - result.score)).toBeLessThanOrEqual(0.5);
      for (const component of result.components) {
        for (const locale of ["id", "en"] as const) {
          const text = explanationText(component.explanation, locale);
          expect(text, `${component.explanation.key} in ${locale}`).not.toMatch(/Matching\.|[{}]/);
          expect(text.length).toBeGreaterThan(15);
        }
      }
    }
  });
});
