// The batch's fast path: the same score as scorePair, as a plain number, from suppliers laid out
// once per batch in typed arrays and each demand prepared once, with no allocation per pair.
// Batch runs score millions of pairs with it and build the full explanation (scorePair) only for
// the pairs they keep; the unit tests check that both give the same score on random pairs, so
// any change to a component must be made in both places, in the same order of operations.
import type { BuyerKind, CertificateType, CurationGrade, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { exportMarkets, validOn } from "./components";
import { componentKeys, type Demand, type MatchContext, type PairHistory, type Supplier } from "./types";
import { historyBonus, historyPenalty } from "./weights";

const order = ["sector", "capacity", "exportReadiness", "certificates", "price", "location", "grade", "reciprocity"] as const;
if (order.join() !== componentKeys.join()) throw new Error("lib/matching/engine/kernel.ts must follow componentKeys' order");

const tierValue: Record<ExportReadinessTier, number> = { SIAP_EKSPOR: 1, SIAP_DENGAN_PENDAMPINGAN: 0.6, BELUM_SIAP: 0.15 };
const gradeValue: Record<CurationGrade, number> = { A: 1, B: 0.7, C: 0.4 };
const certificateTypes: readonly CertificateType[] = ["HALAL", "PIRT", "BPOM_MD", "SNI", "HKI_MEREK", "ISO", "OTHER"];
const typeCount = certificateTypes.length;
const typeIndex = new Map(certificateTypes.map((type, index) => [type, index]));
const buyerKinds: readonly BuyerKind[] = ["RETAILER", "DISTRIBUTOR", "EXPORTER", "IMPORTER", "HOREKA", "CORPORATE_PROCUREMENT", "GOVERNMENT_PROCUREMENT", "ONLINE_MARKETPLACE"];
const kindBit = new Map(buyerKinds.map((kind, index) => [kind, 1 << index]));

/** Every supplier of a batch, column by column. Null numbers are NaN; ids are small integers. */
export interface SupplierTable {
  size: number;
  ids: string[];
  codeStart: Int32Array;
  codes: Int32Array;
  capacity: Float64Array;
  unit: Int32Array;
  minOrder: Float64Array;
  priceMin: Float64Array;
  priceMax: Float64Array;
  tierBase: Float64Array;
  grade: Float64Array;
  kecamatan: Int32Array;
  /** Bits of the buyer kinds a supplier looks for; 0: any. */
  kinds: Int32Array;
  countryStart: Int32Array;
  countries: Int32Array;
  /** Per supplier and certificate type: 1 valid and verified, 0.75 valid, 0 none valid on the day. */
  credit: Float64Array;
  unitIds: Map<string, number>;
  kecamatanIds: Map<string, number>;
  countryIds: Map<string, number>;
}

export interface PreparedDemand {
  codes: Int32Array;
  quantity: number;
  /** -1 no unit; -2 a unit no supplier uses. */
  unit: number;
  orderSize: number;
  targetMin: number;
  targetMax: number;
  required: Int32Array;
  wanted: Int32Array;
  /** Country ids of the markets some supplier knows; hasMarkets also counts unknown ones. */
  markets: Int32Array;
  hasMarkets: boolean;
  sameCity: boolean;
  kecamatan: number;
  domestic: boolean;
  kindBit: number;
  weights: Float64Array;
}

const lower = (unit: string) => unit.trim().toLowerCase();
const idOf = (ids: Map<string, number>, key: string) => {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
};
const orNaN = (value: number | null) => (value === null ? Number.NaN : value);

export function supplierTable(suppliers: Supplier[], context: Pick<MatchContext, "validOn">): SupplierTable {
  const size = suppliers.length;
  const unitIds = new Map<string, number>();
  const kecamatanIds = new Map<string, number>();
  const countryIds = new Map<string, number>();
  const codeStart = new Int32Array(size + 1);
  const countryStart = new Int32Array(size + 1);
  const codeList: number[] = [];
  const countryList: number[] = [];
  const table = {
    size,
    ids: suppliers.map((supplier) => supplier.id),
    capacity: new Float64Array(size),
    unit: new Int32Array(size),
    minOrder: new Float64Array(size),
    priceMin: new Float64Array(size),
    priceMax: new Float64Array(size),
    tierBase: new Float64Array(size),
    grade: new Float64Array(size),
    kecamatan: new Int32Array(size),
    kinds: new Int32Array(size),
    credit: new Float64Array(size * typeCount),
  };
  suppliers.forEach((supplier, i) => {
    codeStart[i] = codeList.length;
    for (const code of supplier.kbliCodes) codeList.push(Number(code));
    countryStart[i] = countryList.length;
    for (const country of supplier.exportCountries) countryList.push(idOf(countryIds, country));
    table.capacity[i] = orNaN(supplier.monthlyCapacity);
    table.unit[i] = supplier.capacityUnit === null ? -1 : idOf(unitIds, lower(supplier.capacityUnit));
    table.minOrder[i] = orNaN(supplier.minOrder);
    table.priceMin[i] = orNaN(supplier.priceMin ?? supplier.priceMax);
    table.priceMax[i] = orNaN(supplier.priceMax ?? supplier.priceMin);
    table.tierBase[i] = supplier.exportReadinessTier === null ? 0.25 : tierValue[supplier.exportReadinessTier];
    table.grade[i] = supplier.curationGrade === null ? 0.3 : gradeValue[supplier.curationGrade];
    table.kecamatan[i] = idOf(kecamatanIds, supplier.kecamatanCode);
    table.kinds[i] = supplier.targetBuyerKinds.reduce((bits, kind) => bits | (kindBit.get(kind) ?? 0), 0);
    for (const certificate of supplier.certificates) {
      if (!validOn(certificate, context.validOn)) continue;
      const slot = i * typeCount + typeIndex.get(certificate.type)!;
      table.credit[slot] = Math.max(table.credit[slot]!, certificate.verified ? 1 : 0.75);
    }
  });
  codeStart[size] = codeList.length;
  countryStart[size] = countryList.length;
  return { ...table, codeStart, codes: Int32Array.from(codeList), countryStart, countries: Int32Array.from(countryList), unitIds, kecamatanIds, countryIds };
}

const normaliseCity = (city: string) =>
  city
    .toLowerCase()
    .replace(/\b(kota|kabupaten|kab\.?)\b/g, "")
    .replace(/[^a-z]/g, "");

export function prepareDemand(demand: Demand, table: SupplierTable, context: Pick<MatchContext, "officeCity" | "weights">): PreparedDemand {
  const quantity = demand.quantityPerMonth !== null && demand.quantityPerMonth > 0 ? demand.quantityPerMonth : Number.NaN;
  const markets = exportMarkets(demand);
  const wanted = [...new Set([...demand.requiredCertificates, ...demand.preferredCertificates])].sort();
  return {
    codes: Int32Array.from(demand.kbliCodes.map(Number)),
    quantity,
    unit: demand.unit === null ? -1 : (table.unitIds.get(lower(demand.unit)) ?? -2),
    orderSize: demand.orderSize ?? quantity,
    targetMin: orNaN(demand.targetPriceMin ?? demand.targetPriceMax),
    targetMax: orNaN(demand.targetPriceMax ?? demand.targetPriceMin),
    required: Int32Array.from(demand.requiredCertificates.map((type) => typeIndex.get(type)!)),
    wanted: Int32Array.from(wanted.map((type) => typeIndex.get(type)!)),
    markets: Int32Array.from(markets.flatMap((country) => (table.countryIds.has(country) ? [table.countryIds.get(country)!] : []))),
    hasMarkets: markets.length > 0,
    sameCity: demand.country === "ID" && normaliseCity(demand.city) === normaliseCity(context.officeCity),
    kecamatan: demand.kecamatanCode === null ? -1 : (table.kecamatanIds.get(demand.kecamatanCode) ?? -2),
    domestic: demand.country === "ID",
    kindBit: kindBit.get(demand.buyerKind) ?? 0,
    weights: Float64Array.from(componentKeys.map((key) => context.weights[key])),
  };
}

/** Shared leading digits of two five-digit codes as a level: 5 subclass … 2 division, 0 none. */
function sharedLevel(a: number, b: number): number {
  if (a === b) return 5;
  if (((a / 10) | 0) === ((b / 10) | 0)) return 4;
  if (((a / 100) | 0) === ((b / 100) | 0)) return 3;
  if (((a / 1000) | 0) === ((b / 1000) | 0)) return 2;
  return 0;
}

// Local copies of components.ts' curves (module imports cost a lookup per call in hot loops);
// the kernel-equals-scorePair test fails if they drift apart.
function coverageCurve(ratio: number): number {
  if (!(ratio > 0)) return 0;
  return ratio >= 1 ? 1 : 1 - (1 - ratio) ** 2;
}

function minimumOrderCurve(orderSize: number, minOrder: number): number {
  if (minOrder <= orderSize || minOrder <= 0) return 1;
  return Math.sqrt(orderSize / minOrder);
}

const sectorValueByLevel = [0, 0, 0.25, 0.5, 0.75, 1];

function experienced(t: SupplierTable, s: number, markets: Int32Array): boolean {
  for (let c = t.countryStart[s]!; c < t.countryStart[s + 1]!; c += 1) {
    for (let m = 0; m < markets.length; m += 1) if (t.countries[c] === markets[m]) return true;
  }
  return false;
}

/** The most the location component can give any supplier for a demand (the batch's ceilings use it). */
export function locationAtMost(d: PreparedDemand): number {
  return d.sameCity ? 1 : d.domestic ? 0.4 : 0.3;
}

/**
 * Supplier s against demand d, as scorePair scores it, or -1 when a hard filter excludes the pair.
 * `level`, when the caller knows it (the batch meets a supplier in the block of its best sector
 * fit), is that best fit's level (5 subclass … 2 division) and spares comparing the codes again.
 */
export function fastScore(t: SupplierTable, s: number, d: PreparedDemand, policy: MatchContext["historyPolicy"], history: PairHistory | undefined, level = 0): number {
  const w = d.weights;
  let applicableWeight = 0;
  let earned = 0;

  let sector = -1;
  const codeEnd = t.codeStart[s + 1]!;
  if (level > 0) {
    sector = sectorValueByLevel[level]!;
  } else if (codeEnd > t.codeStart[s]! && d.codes.length > 0) {
    let level = 0;
    for (let b = 0; b < d.codes.length; b += 1) {
      for (let a = t.codeStart[s]!; a < codeEnd; a += 1) level = Math.max(level, sharedLevel(t.codes[a]!, d.codes[b]!));
    }
    if (level === 0) return -1;
    sector = sectorValueByLevel[level]!;
  }
  for (let r = 0; r < d.required.length; r += 1) if (t.credit[s * typeCount + d.required[r]!] === 0) return -1;
  if (history?.metWithoutResult && policy === "exclude") return -1;

  if (sector >= 0) {
    applicableWeight += w[0]!;
    earned += sector * w[0]!;
  }
  if (!Number.isNaN(d.quantity)) {
    const capacity = t.capacity[s]!;
    let value: number;
    if (Number.isNaN(capacity)) value = 0.3;
    else if (d.unit !== -1 && t.unit[s] !== -1 && d.unit !== t.unit[s]) value = 0.4;
    else value = coverageCurve(capacity / d.quantity) * (Number.isNaN(t.minOrder[s]!) ? 1 : minimumOrderCurve(d.orderSize, t.minOrder[s]!));
    applicableWeight += w[1]!;
    earned += value * w[1]!;
  }
  const sharesMarket = d.markets.length > 0 && experienced(t, s, d.markets);
  if (d.hasMarkets) {
    applicableWeight += w[2]!;
    earned += Math.min(1, Math.max(0, t.tierBase[s]! + (sharesMarket ? 0.25 : 0))) * w[2]!;
  }
  if (d.wanted.length > 0) {
    let credit = 0;
    for (let k = 0; k < d.wanted.length; k += 1) credit += t.credit[s * typeCount + d.wanted[k]!]!;
    applicableWeight += w[3]!;
    earned += (credit / d.wanted.length) * w[3]!;
  }
  const priceMin = t.priceMin[s]!;
  if (!Number.isNaN(priceMin) && !Number.isNaN(t.priceMax[s]!) && !Number.isNaN(d.targetMin) && !Number.isNaN(d.targetMax) && d.targetMax > 0) {
    applicableWeight += w[4]!;
    earned += (priceMin <= d.targetMax ? 1 : Math.min(1, Math.max(0, 1 - (priceMin - d.targetMax) / d.targetMax))) * w[4]!;
  }
  applicableWeight += w[5]!;
  earned += (d.sameCity && d.kecamatan !== t.kecamatan[s] ? 0.7 : locationAtMost(d)) * w[5]!;
  applicableWeight += w[6]!;
  earned += t.grade[s]! * w[6]!;
  const kinds = t.kinds[s]!;
  let reciprocity = kinds === 0 ? 0.6 : (kinds & d.kindBit) !== 0 ? 1 : 0.2;
  if (sharesMarket) reciprocity = Math.min(1, Math.max(0, reciprocity + 0.2));
  applicableWeight += w[7]!;
  earned += reciprocity * w[7]!;

  let total = earned * (applicableWeight > 0 ? 100 / applicableWeight : 0);
  if (history) total += (history.positiveOutcome ? bonus : 0) - (history.metWithoutResult ? penalty : 0);
  return Math.round(Math.min(100, Math.max(0, total)));
}

const bonus = historyBonus;
const penalty = historyPenalty;
