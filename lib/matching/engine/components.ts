// The score's components, one pure function each: supplier and demand in, a value 0..1 and the
// reason out. Values move smoothly (no cliffs) and in the direction a buyer would expect: more
// capacity, a closer sector, more valid certificates never lower their component.
import type { CertificateType, CurationGrade, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import type { ComponentKey, Demand, MatchContext, Supplier } from "./types";

export interface ComponentValue {
  value: number;
  applicable: boolean;
  explanation: { key: string; values: Record<string, string | number> };
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const percent = (value: number) => Math.round(value * 100);

// ---------------------------------------------------------------- sector

/** How many leading levels two KBLI subclasses share: 5 subclass, 4 class, 3 group, 2 division, 0 none. */
export function kbliSharedLevel(a: string, b: string): 0 | 2 | 3 | 4 | 5 {
  // The length of the common prefix, up to five digits, without slicing (runs compare the codes
  // of every pair they keep).
  const limit = Math.min(a.length, b.length, 5);
  let shared = 0;
  while (shared < limit && a.charCodeAt(shared) === b.charCodeAt(shared)) shared += 1;
  return shared === 5 ? 5 : shared === 4 ? 4 : shared === 3 ? 3 : shared === 2 ? 2 : 0;
}

const sectorValueByLevel = { 5: 1, 4: 0.75, 3: 0.5, 2: 0.25, 0: 0 } as const;
const sectorKeyByLevel = { 5: "subclass", 4: "class", 3: "group", 2: "division", 0: "unrelated" } as const;

export function sectorFit(supplier: Supplier, demand: Demand): ComponentValue {
  if (supplier.kbliCodes.length === 0 || demand.kbliCodes.length === 0) {
    return { value: 0, applicable: false, explanation: { key: "sector.unknown", values: {} } };
  }
  let bestLevel: 0 | 2 | 3 | 4 | 5 = 0;
  let bestSupplier = supplier.kbliCodes[0]!;
  let bestBuyer = demand.kbliCodes[0]!;
  for (const buyerCode of demand.kbliCodes) {
    for (const supplierCode of supplier.kbliCodes) {
      const level = kbliSharedLevel(supplierCode, buyerCode);
      if (level > bestLevel) {
        bestLevel = level;
        bestSupplier = supplierCode;
        bestBuyer = buyerCode;
      }
    }
  }
  return {
    value: sectorValueByLevel[bestLevel],
    applicable: true,
    explanation: { key: `sector.${sectorKeyByLevel[bestLevel]}`, values: { supplier: bestSupplier, buyer: bestBuyer } },
  };
}

// ---------------------------------------------------------------- capacity

const sameUnit = (a: string | null, b: string | null) => a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/** 0 at no capacity, 1 once the need is covered, flattening smoothly towards full cover. */
export function coverageCurve(ratio: number): number {
  if (!(ratio > 0)) return 0;
  return ratio >= 1 ? 1 : 1 - (1 - ratio) ** 2;
}

/** A minimum order above the buyer's order size weighs in gently: half the size still gives 0.71. */
export function minimumOrderCurve(orderSize: number, minOrder: number): number {
  if (minOrder <= orderSize || minOrder <= 0) return 1;
  return Math.sqrt(orderSize / minOrder);
}

export function capacityFit(supplier: Supplier, demand: Demand): ComponentValue {
  const quantity = demand.quantityPerMonth;
  if (quantity === null || quantity <= 0) return { value: 0, applicable: false, explanation: { key: "capacity.noQuantity", values: {} } };
  const unit = demand.unit ?? supplier.capacityUnit ?? "";
  if (supplier.monthlyCapacity === null) {
    return { value: 0.3, applicable: true, explanation: { key: "capacity.unknown", values: { quantity, unit } } };
  }
  if (demand.unit !== null && supplier.capacityUnit !== null && !sameUnit(demand.unit, supplier.capacityUnit)) {
    return {
      value: 0.4,
      applicable: true,
      explanation: { key: "capacity.otherUnit", values: { capacity: supplier.monthlyCapacity, capacityUnit: supplier.capacityUnit, quantity, unit: demand.unit } },
    };
  }
  const ratio = supplier.monthlyCapacity / quantity;
  const cover = coverageCurve(ratio);
  const orderSize = demand.orderSize ?? quantity;
  const minimum = supplier.minOrder === null ? 1 : minimumOrderCurve(orderSize, supplier.minOrder);
  const values = { capacity: supplier.monthlyCapacity, quantity, unit, percent: Math.min(100, percent(ratio)) };
  if (minimum < 1) {
    return {
      value: cover * minimum,
      applicable: true,
      explanation: { key: "capacity.coversWithMinimumOrder", values: { ...values, minOrder: supplier.minOrder ?? 0, orderSize } },
    };
  }
  return { value: cover, applicable: true, explanation: { key: ratio >= 1 ? "capacity.covers" : "capacity.coversPart", values } };
}

// ---------------------------------------------------------------- export readiness

const tierValue: Record<ExportReadinessTier, number> = { SIAP_EKSPOR: 1, SIAP_DENGAN_PENDAMPINGAN: 0.6, BELUM_SIAP: 0.15 };

/** The countries the goods would go to; empty for a domestic buyer. */
export function exportMarkets(demand: Demand): string[] {
  if (demand.exportDestinations.length > 0) return demand.exportDestinations;
  if (demand.country !== "ID") return [demand.country];
  return [];
}

export function exportReadinessFit(supplier: Supplier, demand: Demand): ComponentValue {
  const markets = exportMarkets(demand);
  if (markets.length === 0) return { value: 0, applicable: false, explanation: { key: "exportReadiness.domestic", values: {} } };
  const experienced = markets.find((country) => supplier.exportCountries.includes(country));
  const tier = supplier.exportReadinessTier;
  const base = tier === null ? 0.25 : tierValue[tier];
  const value = clamp01(base + (experienced ? 0.25 : 0));
  const values = { tier: tier ?? "NONE", country: experienced ?? markets[0]! };
  return { value, applicable: true, explanation: { key: experienced ? "exportReadiness.tierAndExperience" : "exportReadiness.tier", values } };
}

// ---------------------------------------------------------------- certificates

/** Valid on the day: no expiry, or expiring on that day or later (dates compared as calendar days). */
export function validOn(certificate: { expiresAt: Date | null }, day: Date): boolean {
  if (certificate.expiresAt === null) return true;
  // UTC day numbers: the same order as the ISO dates, without building strings (runs score this
  // for every certificate of every pair they keep).
  return Math.floor(certificate.expiresAt.getTime() / dayMs) >= Math.floor(day.getTime() / dayMs);
}

const dayMs = 86_400_000;

/** The required certificates the supplier does not hold valid on the day: any one excludes the pair. */
export function missingRequiredCertificates(supplier: Supplier, demand: Demand, context: Pick<MatchContext, "validOn">): CertificateType[] {
  return demand.requiredCertificates.filter(
    (type) => !supplier.certificates.some((certificate) => certificate.type === type && validOn(certificate, context.validOn)),
  );
}

export function certificateCoverage(supplier: Supplier, demand: Demand, context: Pick<MatchContext, "validOn">): ComponentValue {
  const wanted = [...new Set([...demand.requiredCertificates, ...demand.preferredCertificates])].sort();
  if (wanted.length === 0) return { value: 0, applicable: false, explanation: { key: "certificates.noneAsked", values: {} } };
  let held = 0;
  let credit = 0;
  const missing: CertificateType[] = [];
  for (const type of wanted) {
    const valid = supplier.certificates.filter((certificate) => certificate.type === type && validOn(certificate, context.validOn));
    if (valid.length === 0) {
      missing.push(type);
      continue;
    }
    held += 1;
    // A certificate staff have checked counts fully; one only declared by the SME counts most of the way.
    credit += valid.some((certificate) => certificate.verified) ? 1 : 0.75;
  }
  return {
    value: credit / wanted.length,
    applicable: true,
    explanation: {
      key: missing.length === 0 ? "certificates.all" : "certificates.some",
      values: { held, total: wanted.length, missing: missing.join(",") },
    },
  };
}

// ---------------------------------------------------------------- price

export function priceFit(supplier: Supplier, demand: Demand): ComponentValue {
  const supplierMin = supplier.priceMin ?? supplier.priceMax;
  const supplierMax = supplier.priceMax ?? supplier.priceMin;
  const targetMin = demand.targetPriceMin ?? demand.targetPriceMax;
  const targetMax = demand.targetPriceMax ?? demand.targetPriceMin;
  if (supplierMin === null || supplierMax === null || targetMin === null || targetMax === null || targetMax <= 0) {
    return { value: 0, applicable: false, explanation: { key: "price.unknown", values: {} } };
  }
  const values = { supplierMin, supplierMax, targetMin, targetMax };
  // At or below the buyer's ceiling somewhere in the range: a fit (cheaper is no objection).
  if (supplierMin <= targetMax) return { value: 1, applicable: true, explanation: { key: "price.within", values } };
  const above = (supplierMin - targetMax) / targetMax;
  return { value: clamp01(1 - above), applicable: true, explanation: { key: "price.above", values: { ...values, percent: percent(above) } } };
}

// ---------------------------------------------------------------- location

const normalisedCities = new Map<string, string>();

/** A city as compared: lower case, letters only, without "kota" or "kabupaten"; remembered, as runs ask for the same few cities for every pair they keep. */
export function normaliseCity(city: string): string {
  let normalised = normalisedCities.get(city);
  if (normalised === undefined) {
    normalised = city
      .toLowerCase()
      .replace(/\b(kota|kabupaten|kab\.?)\b/g, "")
      .replace(/[^a-z]/g, "");
    if (normalisedCities.size >= 1000) normalisedCities.clear();
    normalisedCities.set(city, normalised);
  }
  return normalised;
}

export function locationFit(supplier: Supplier, demand: Demand, context: Pick<MatchContext, "officeCity">): ComponentValue {
  const sameCity = demand.country === "ID" && normaliseCity(demand.city) === normaliseCity(context.officeCity);
  if (sameCity && demand.kecamatanCode === supplier.kecamatanCode) {
    return { value: 1, applicable: true, explanation: { key: "location.sameKecamatan", values: { city: context.officeCity } } };
  }
  if (sameCity) return { value: 0.7, applicable: true, explanation: { key: "location.sameCity", values: { city: context.officeCity } } };
  if (demand.country === "ID") return { value: 0.4, applicable: true, explanation: { key: "location.domestic", values: { city: demand.city } } };
  return { value: 0.3, applicable: true, explanation: { key: "location.abroad", values: { country: demand.country } } };
}

// ---------------------------------------------------------------- curation grade

const gradeValue: Record<CurationGrade, number> = { A: 1, B: 0.7, C: 0.4 };

export function gradeFit(supplier: Supplier): ComponentValue {
  if (supplier.curationGrade === null) return { value: 0.3, applicable: true, explanation: { key: "grade.none", values: {} } };
  return { value: gradeValue[supplier.curationGrade], applicable: true, explanation: { key: "grade.graded", values: { grade: supplier.curationGrade } } };
}

// ---------------------------------------------------------------- reciprocity

export function reciprocityFit(supplier: Supplier, demand: Demand): ComponentValue {
  const sharedMarket = exportMarkets(demand).find((country) => supplier.exportCountries.includes(country));
  const kind = demand.buyerKind;
  let value: number;
  let key: string;
  if (supplier.targetBuyerKinds.length === 0) {
    value = 0.6;
    key = "reciprocity.anyBuyer";
  } else if (supplier.targetBuyerKinds.includes(kind)) {
    value = 1;
    key = "reciprocity.wantsKind";
  } else {
    value = 0.2;
    key = "reciprocity.otherKind";
  }
  if (sharedMarket) {
    value = clamp01(value + 0.2);
    key = `${key}AndMarket`;
  }
  return { value, applicable: true, explanation: { key, values: { kind, country: sharedMarket ?? "" } } };
}

export type ComponentFunction = (supplier: Supplier, demand: Demand, context: MatchContext) => ComponentValue;

export const componentFunctions: Record<ComponentKey, ComponentFunction> = {
  sector: sectorFit,
  capacity: capacityFit,
  exportReadiness: exportReadinessFit,
  certificates: certificateCoverage,
  price: priceFit,
  location: locationFit,
  grade: gradeFit,
  reciprocity: reciprocityFit,
};
