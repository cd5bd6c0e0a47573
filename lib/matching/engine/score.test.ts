// Properties of the matching score, checked on a thousand random pairs from a seeded generator
// and on hand-built cases: more capacity never lowers the capacity component (nor the score);
// sector fit follows the KBLI hierarchy; hard filters exclude; the same input always gives the
// same output; every component carries an explanation that reads as a sentence in both languages.
import { describe, expect, it } from "vitest";
import { capacityFit, coverageCurve, kbliSharedLevel, locationFit, sectorFit } from "./components";
import { explanationText } from "./explain";
import { scorePair } from "./score";
import { randomPairs } from "./synthetic";
import { componentKeys, type MatchContext } from "./types";
import { defaultWeights, weightsFrom } from "./weights";

const context: MatchContext = { validOn: new Date("2027-03-10T00:00:00Z"), officeCity: "Semarang", weights: defaultWeights, historyPolicy: "penalise" };
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
    // The level is the longest shared prefix of 5, 4, 3 or 2 digits, whatever the codes' lengths.
    const reference = (a: string, b: string) => ([5, 4, 3, 2] as const).find((length) => a.length >= length && b.length >= length && a.slice(0, length) === b.slice(0, length)) ?? 0;
    const codes = ["13134", "13133", "13121", "13910", "10391", "1313", "131", "13", "1", "", "131345", "13134x", "23134", "13234"];
    for (const a of codes) for (const b of codes) expect(kbliSharedLevel(a, b), `${a} ${b}`).toBe(reference(a, b));
    // The best of several codes counts.
    expect(sectorFit({ ...supplier, kbliCodes: ["10391", "13133"] }, { ...demand, kbliCodes: ["13134"] }).explanation.key).toBe("sector.class");
  });

  it("location: the office's city however it is written, asked again and again", () => {
    const [supplier, demand] = randomPairs(1)[0]!;
    const keyFor = (city: string, country = "ID") => locationFit({ ...supplier, kecamatanCode: "33.74.04" }, { ...demand, city, country, kecamatanCode: null }, context).explanation.key;
    for (let round = 0; round < 2; round += 1) {
      expect(["Semarang", "Kota Semarang", "KOTA SEMARANG", "semarang ", "Kabupaten Semarang"].map((city) => keyFor(city))).toEqual(Array(5).fill("location.sameCity"));
      expect([keyFor("Surabaya"), keyFor("Semarang", "MY"), keyFor("Kota Semarang Barat")]).toEqual(["location.domestic", "location.abroad", "location.domestic"]);
    }
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
