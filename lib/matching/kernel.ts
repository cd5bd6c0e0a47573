// The batch's fast path: the same score as scorePair, as a plain number, from data prepared once
// per supplier and once per demand, with no allocation per pair. Batch runs score millions of
// pairs with it and build the full explanation (scorePair) only for the pairs they keep; the unit
// tests check that both give the same score on random pairs. Keep the two in step.
import type { BuyerKind, CertificateType, CurationGrade, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { coverageCurve, exportMarkets, minimumOrderCurve, validOn } from "./components";
import { componentKeys, type Demand, type MatchContext, type PairHistory, type Supplier, type Weights } from "./types";
import { historyBonus, historyPenalty } from "./weights";

const tierValue: Record<ExportReadinessTier, number> = { SIAP_EKSPOR: 1, SIAP_DENGAN_PENDAMPINGAN: 0.6, BELUM_SIAP: 0.15 };
const gradeValue: Record<CurationGrade, number> = { A: 1, B: 0.7, C: 0.4 };
const sectorValueByLevel = [0, 0, 0.25, 0.5, 0.75, 1] as const;

export interface PreparedSupplier {
  index: number;
  id: string;
  codes: number[];
  capacity: number | null;
  unit: string | null;
  minOrder: number | null;
  priceMin: number | null;
  priceMax: number | null;
  tierBase: number;
  exportCountries: Set<string>;
  /** Certificate type -> 1 (valid and verified), 0.75 (valid, not verified); absent: none valid. */
  certificateCredit: Map<CertificateType, number>;
  kecamatanCode: string;
  gradeValue: number;
  targetKinds: Set<BuyerKind>;
}

export interface PreparedDemand {
  codes: number[];
  quantity: number | null;
  unit: string | null;
  orderSize: number;
  targetMin: number | null;
  targetMax: number | null;
  required: CertificateType[];
  wanted: CertificateType[];
  markets: string[];
  sameCity: boolean;
  kecamatanCode: string | null;
  country: string;
  kind: BuyerKind;
}

const lower = (unit: string | null) => (unit === null ? null : unit.trim().toLowerCase());

export function prepareSupplier(supplier: Supplier, index: number, context: Pick<MatchContext, "validOn">): PreparedSupplier {
  const certificateCredit = new Map<CertificateType, number>();
  for (const certificate of supplier.certificates) {
    if (!validOn(certificate, context.validOn)) continue;
    certificateCredit.set(certificate.type, Math.max(certificateCredit.get(certificate.type) ?? 0, certificate.verified ? 1 : 0.75));
  }
  return {
    index,
    id: supplier.id,
    codes: supplier.kbliCodes.map(Number),
    capacity: supplier.monthlyCapacity,
    unit: lower(supplier.capacityUnit),
    minOrder: supplier.minOrder,
    priceMin: supplier.priceMin ?? supplier.priceMax,
    priceMax: supplier.priceMax ?? supplier.priceMin,
    tierBase: supplier.exportReadinessTier === null ? 0.25 : tierValue[supplier.exportReadinessTier],
    exportCountries: new Set(supplier.exportCountries),
    certificateCredit,
    kecamatanCode: supplier.kecamatanCode,
    gradeValue: supplier.curationGrade === null ? 0.3 : gradeValue[supplier.curationGrade],
    targetKinds: new Set(supplier.targetBuyerKinds),
  };
}

const normaliseCity = (city: string) =>
  city
    .toLowerCase()
    .replace(/\b(kota|kabupaten|kab\.?)\b/g, "")
    .replace(/[^a-z]/g, "");

export function prepareDemand(demand: Demand, context: Pick<MatchContext, "officeCity">): PreparedDemand {
  const quantity = demand.quantityPerMonth !== null && demand.quantityPerMonth > 0 ? demand.quantityPerMonth : null;
  return {
    codes: demand.kbliCodes.map(Number),
    quantity,
    unit: lower(demand.unit),
    orderSize: demand.orderSize ?? quantity ?? 0,
    targetMin: demand.targetPriceMin ?? demand.targetPriceMax,
    targetMax: demand.targetPriceMax ?? demand.targetPriceMin,
    required: demand.requiredCertificates,
    wanted: [...new Set([...demand.requiredCertificates, ...demand.preferredCertificates])].sort(),
    markets: exportMarkets(demand),
    sameCity: demand.country === "ID" && normaliseCity(demand.city) === normaliseCity(context.officeCity),
    kecamatanCode: demand.kecamatanCode,
    country: demand.country,
    kind: demand.buyerKind,
  };
}

/** Shared leading digits of two five-digit codes as a level: 5 subclass … 2 division, 0 none. */
function sharedLevel(a: number, b: number): number {
  if (a === b) return 5;
  if (Math.floor(a / 10) === Math.floor(b / 10)) return 4;
  if (Math.floor(a / 100) === Math.floor(b / 100)) return 3;
  if (Math.floor(a / 1000) === Math.floor(b / 1000)) return 2;
  return 0;
}

/** The pair's score as scorePair computes it, or -1 when a hard filter excludes it. */
export function fastScore(s: PreparedSupplier, d: PreparedDemand, weights: Weights, policy: MatchContext["historyPolicy"], history: PairHistory | undefined): number {
  let applicableWeight = 0;
  let earned = 0;
  const add = (value: number, weight: number) => {
    applicableWeight += weight;
    earned += value * weight;
  };

  // sector (and the unrelated-sector filter)
  let sector = -1;
  if (s.codes.length > 0 && d.codes.length > 0) {
    let level = 0;
    for (const b of d.codes) for (const a of s.codes) level = Math.max(level, sharedLevel(a, b));
    if (level === 0) return -1;
    sector = sectorValueByLevel[level as 2 | 3 | 4 | 5];
  }
  for (const type of d.required) if (!s.certificateCredit.has(type)) return -1;
  if (history?.metWithoutResult && policy === "exclude") return -1;

  for (const key of componentKeys) {
    const weight = weights[key];
    switch (key) {
      case "sector":
        if (sector >= 0) add(sector, weight);
        break;
      case "capacity": {
        if (d.quantity === null) break;
        if (s.capacity === null) add(0.3, weight);
        else if (d.unit !== null && s.unit !== null && d.unit !== s.unit) add(0.4, weight);
        else add(coverageCurve(s.capacity / d.quantity) * (s.minOrder === null ? 1 : minimumOrderCurve(d.orderSize, s.minOrder)), weight);
        break;
      }
      case "exportReadiness": {
        if (d.markets.length === 0) break;
        const experienced = d.markets.some((country) => s.exportCountries.has(country));
        add(Math.min(1, Math.max(0, s.tierBase + (experienced ? 0.25 : 0))), weight);
        break;
      }
      case "certificates": {
        if (d.wanted.length === 0) break;
        let credit = 0;
        for (const type of d.wanted) credit += s.certificateCredit.get(type) ?? 0;
        add(credit / d.wanted.length, weight);
        break;
      }
      case "price": {
        if (s.priceMin === null || s.priceMax === null || d.targetMin === null || d.targetMax === null || d.targetMax <= 0) break;
        add(s.priceMin <= d.targetMax ? 1 : Math.min(1, Math.max(0, 1 - (s.priceMin - d.targetMax) / d.targetMax)), weight);
        break;
      }
      case "location":
        add(d.sameCity ? (d.kecamatanCode === s.kecamatanCode ? 1 : 0.7) : d.country === "ID" ? 0.4 : 0.3, weight);
        break;
      case "grade":
        add(s.gradeValue, weight);
        break;
      case "reciprocity": {
        let value = s.targetKinds.size === 0 ? 0.6 : s.targetKinds.has(d.kind) ? 1 : 0.2;
        if (d.markets.some((country) => s.exportCountries.has(country))) value = Math.min(1, Math.max(0, value + 0.2));
        add(value, weight);
        break;
      }
    }
  }
  let total = earned * (applicableWeight > 0 ? 100 / applicableWeight : 0);
  if (history) total += (history.positiveOutcome ? historyBonus : 0) - (history.metWithoutResult ? historyPenalty : 0);
  return Math.round(Math.min(100, Math.max(0, total)));
}
