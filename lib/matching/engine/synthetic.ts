// Seeded random suppliers and demands for the matching tests: every field varies, missing data
// included, so properties are checked on messy inputs like the real ones. Pure and deterministic.
import type { BuyerKind, CertificateType, CurationGrade, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { createRandom, type Random } from "@/lib/random/seeded";
import type { Demand, PairHistory, Supplier, Weights } from "./types";
import { defaultWeights, weightsFrom } from "./weights";

const kbli = ["13134", "13133", "13121", "13910", "14111", "10391", "10792", "10794", "31001", "25920"];
const certificateTypes: CertificateType[] = ["HALAL", "PIRT", "BPOM_MD", "SNI", "HKI_MEREK", "ISO"];
const buyerKinds: BuyerKind[] = ["RETAILER", "DISTRIBUTOR", "EXPORTER", "IMPORTER", "HOREKA"];
const tiers: (ExportReadinessTier | null)[] = ["SIAP_EKSPOR", "SIAP_DENGAN_PENDAMPINGAN", "BELUM_SIAP", null];
const grades: (CurationGrade | null)[] = ["A", "B", "C", null];
const maybe = <T,>(random: Random, value: T): T | null => (random.chance(0.8) ? value : null);

export function randomSupplier(random: Random, index: number): Supplier {
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

export function randomDemand(random: Random, index: number): Demand {
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

export function randomPairs(count: number, seed = 20261202): [Supplier, Demand][] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => [randomSupplier(random, index), randomDemand(random, index)]);
}


/** Each history a pair may have, none first, for tests to cycle through. */
export const sampleHistories: readonly (PairHistory | undefined)[] = [
  undefined,
  { metWithoutResult: true, positiveOutcome: false },
  { metWithoutResult: false, positiveOutcome: true },
  { metWithoutResult: true, positiveOutcome: true },
];

/** Weight sets for the tests: the defaults, price-heavy with sector and grade off, and every component off. */
export const sampleWeights: readonly Weights[] = [
  defaultWeights,
  weightsFrom({ sector: 0, price: 40, grade: 0 }),
  weightsFrom({ sector: 0, capacity: 0, exportReadiness: 0, certificates: 0, price: 0, location: 0, grade: 0, reciprocity: 0 }),
];
