// The stored components of a pair a run keeps, as the store writes them (lib/matching/store-rows.ts
// storedComponents of scorePair's components), built straight from supplier and demand: one
// array per component, no component, explanation or values objects in between. A run stores
// some 35,000 pairs, and those objects were a large share of its CPU and garbage. Pure; the
// unit tests check it gives exactly storedComponents(scorePair(...).components) on random
// pairs, so a change to a component (components.ts) must be made here too, like in kernel.ts.
import { coverageCurve, exportMarkets, kbliSharedLevel, minimumOrderCurve, missingRequiredCertificates, normaliseCity, validOn } from "./components";
import { writeStoredField, type ByteSink } from "./stored-bytes";
import { historyTuple, pointsScale, shownEnd, type HistoryAdjustment, type Tuple } from "./stored-format";
import type { Demand, MatchContext, PairHistory, Supplier } from "./types";
import { historyBonus, historyPenalty } from "./weights";


const noHistory: PairHistory = { metWithoutResult: false, positiveOutcome: false };
const sectorValueByLevel = [0, 0, 0.25, 0.5, 0.75, 1];
const sectorKeyByLevel = ["unrelated", "", "division", "group", "class", "subclass"];
const tierValue: Record<string, number> = { SIAP_EKSPOR: 1, SIAP_DENGAN_PENDAMPINGAN: 0.6, BELUM_SIAP: 0.15 };
const gradeValue: Record<string, number> = { A: 1, B: 0.7, C: 0.4 };
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const percent = (value: number) => Math.round(value * 100);
const sameUnit = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** [value, applicable, explanation suffix, ...values in the order of explanationParams] of each component. */
function sector(supplier: Supplier, demand: Demand): Tuple {
  if (supplier.kbliCodes.length === 0 || demand.kbliCodes.length === 0) return [0, 0, "unknown"];
  let level: 0 | 2 | 3 | 4 | 5 = 0;
  let supplierCode = supplier.kbliCodes[0]!;
  let buyerCode = demand.kbliCodes[0]!;
  for (const buyer of demand.kbliCodes) {
    for (const own of supplier.kbliCodes) {
      const shared = kbliSharedLevel(own, buyer);
      if (shared > level) {
        level = shared;
        supplierCode = own;
        buyerCode = buyer;
      }
    }
  }
  return [sectorValueByLevel[level]!, 1, sectorKeyByLevel[level]!, supplierCode, buyerCode];
}

function capacity(supplier: Supplier, demand: Demand): Tuple {
  const quantity = demand.quantityPerMonth;
  if (quantity === null || quantity <= 0) return [0, 0, "noQuantity"];
  const unit = demand.unit ?? supplier.capacityUnit ?? "";
  const monthly = supplier.monthlyCapacity;
  if (monthly === null) return [0.3, 1, "unknown", null, quantity, unit];
  if (demand.unit !== null && supplier.capacityUnit !== null && !sameUnit(demand.unit, supplier.capacityUnit)) {
    return [0.4, 1, "otherUnit", monthly, quantity, demand.unit, null, null, null, supplier.capacityUnit];
  }
  const ratio = monthly / quantity;
  const cover = coverageCurve(ratio);
  const orderSize = demand.orderSize ?? quantity;
  const minimum = supplier.minOrder === null ? 1 : minimumOrderCurve(orderSize, supplier.minOrder);
  const shown = Math.min(100, percent(ratio));
  if (minimum < 1) return [cover * minimum, 1, "coversWithMinimumOrder", monthly, quantity, unit, shown, supplier.minOrder ?? 0, orderSize];
  return [cover, 1, ratio >= 1 ? "covers" : "coversPart", monthly, quantity, unit, shown];
}

function exportReadiness(supplier: Supplier, markets: string[]): Tuple {
  if (markets.length === 0) return [0, 0, "domestic"];
  const experienced = markets.find((country) => supplier.exportCountries.includes(country));
  const tier = supplier.exportReadinessTier;
  const value = clamp01((tier === null ? 0.25 : tierValue[tier]!) + (experienced ? 0.25 : 0));
  return [value, 1, experienced ? "tierAndExperience" : "tier", tier ?? "NONE", experienced ?? markets[0]!];
}

function certificates(supplier: Supplier, wanted: string[], day: Date): Tuple {
  if (wanted.length === 0) return [0, 0, "noneAsked"];
  let held = 0;
  let credit = 0;
  const missing: string[] = [];
  for (const type of wanted) {
    let valid = false;
    let verified = false;
    for (const certificate of supplier.certificates) {
      if (certificate.type !== type || !validOn(certificate, day)) continue;
      valid = true;
      if (certificate.verified) verified = true;
    }
    if (!valid) {
      missing.push(type);
      continue;
    }
    held += 1;
    credit += verified ? 1 : 0.75;
  }
  return [credit / wanted.length, 1, missing.length === 0 ? "all" : "some", held, wanted.length, missing.join(",")];
}

function price(supplier: Supplier, demand: Demand): Tuple {
  const supplierMin = supplier.priceMin ?? supplier.priceMax;
  const supplierMax = supplier.priceMax ?? supplier.priceMin;
  const targetMin = demand.targetPriceMin ?? demand.targetPriceMax;
  const targetMax = demand.targetPriceMax ?? demand.targetPriceMin;
  if (supplierMin === null || supplierMax === null || targetMin === null || targetMax === null || targetMax <= 0) return [0, 0, "unknown"];
  if (supplierMin <= targetMax) return [1, 1, "within", supplierMin, supplierMax, targetMin, targetMax];
  const above = (supplierMin - targetMax) / targetMax;
  return [clamp01(1 - above), 1, "above", supplierMin, supplierMax, targetMin, targetMax, percent(above)];
}

function location(supplier: Supplier, demand: Demand, officeCity: string, sameCity: boolean): Tuple {
  if (sameCity && demand.kecamatanCode === supplier.kecamatanCode) return [1, 1, "sameKecamatan", officeCity];
  if (sameCity) return [0.7, 1, "sameCity", officeCity];
  if (demand.country === "ID") return [0.4, 1, "domestic", demand.city];
  return [0.3, 1, "abroad", null, demand.country];
}

function grade(supplier: Supplier): Tuple {
  return supplier.curationGrade === null ? [0.3, 1, "none"] : [gradeValue[supplier.curationGrade]!, 1, "graded", supplier.curationGrade];
}

function reciprocity(supplier: Supplier, demand: Demand, markets: string[]): Tuple {
  const sharedMarket = markets.find((country) => supplier.exportCountries.includes(country));
  const kind = demand.buyerKind;
  let value = 0.2;
  let key = "otherKind";
  if (supplier.targetBuyerKinds.length === 0) {
    value = 0.6;
    key = "anyBuyer";
  } else if (supplier.targetBuyerKinds.includes(kind)) {
    value = 1;
    key = "wantsKind";
  }
  if (sharedMarket) {
    value = clamp01(value + 0.2);
    key = `${key}AndMarket`;
  }
  return [value, 1, key, kind, sharedMarket ?? ""];
}

/**
 * The text storedComponents(scorePair(supplier, demand, context, history).components) gives, or
 * null when scorePair excludes the pair.
 */
export function storedPair(supplier: Supplier, demand: Demand, context: MatchContext, history: PairHistory = noHistory): string | null {
  return storedPairsOf(demand, context)(supplier, history);
}

/**
 * storedPair for one demand's suppliers: what depends on the demand alone (its markets, the
 * certificates it asks for, whether it is in the office's city, the weights) worked out once,
 * not for each of the K pairs a run keeps for it.
 */
export function storedPairsOf(demand: Demand, context: MatchContext): (supplier: Supplier, history?: PairHistory) => string | null {
  const { fitsOf, weights } = pairFits(demand, context);
  return (supplier, history = noHistory) => {
    const fits = fitsOf(supplier, history);
    return fits === null ? null : storedText(fits, weights, history);
  };
}

/**
 * storedPairsOf's text written as the bytes of a COPY field (JSON.stringify of it, UTF-8) into
 * `sink` (stored-bytes.ts); false, writing nothing, when scorePair excludes the pair.
 */
export function storedFieldsOf(demand: Demand, context: MatchContext): (sink: ByteSink, supplier: Supplier, history?: PairHistory) => boolean {
  const { fitsOf, weights } = pairFits(demand, context);
  return (sink, supplier, history = noHistory) => {
    const fits = fitsOf(supplier, history);
    if (fits === null) return false;
    writeStoredField(sink, fits, weights, historyAdjustment(history));
    return true;
  };
}

/** The component fits of a demand's pairs, in componentKeys' order, or null for a pair scorePair excludes. */
function pairFits(demand: Demand, context: MatchContext) {
  const markets = exportMarkets(demand);
  const wanted = [...new Set([...demand.requiredCertificates, ...demand.preferredCertificates])].sort();
  const sameCity = demand.country === "ID" && normaliseCity(demand.city) === normaliseCity(context.officeCity);
  const w = context.weights;
  const weights = [w.sector, w.capacity, w.exportReadiness, w.certificates, w.price, w.location, w.grade, w.reciprocity];
  const fitsOf = (supplier: Supplier, history: PairHistory): Tuple[] | null => {
    const sectorFit = sector(supplier, demand);
    if (sectorFit[1] === 1 && sectorFit[0] === 0) return null;
    if (demand.requiredCertificates.length > 0 && missingRequiredCertificates(supplier, demand, context).length > 0) return null;
    if (history.metWithoutResult && context.historyPolicy === "exclude") return null;
    return [
      sectorFit,
      capacity(supplier, demand),
      exportReadiness(supplier, markets),
      certificates(supplier, wanted, context.validOn),
      price(supplier, demand),
      location(supplier, demand, context.officeCity, sameCity),
      grade(supplier),
      reciprocity(supplier, demand, markets),
    ];
  };
  return { fitsOf, weights };
}

/** The history's points and explanation key, or null for a pair with none. */
function historyAdjustment(history: PairHistory): HistoryAdjustment | null {
  if (!history.positiveOutcome && !history.metWithoutResult) return null;
  const adjustment = (history.positiveOutcome ? historyBonus : 0) - (history.metWithoutResult ? historyPenalty : 0);
  const key = history.positiveOutcome && history.metWithoutResult ? "mixed" : history.positiveOutcome ? "positive" : "metWithoutResult";
  return { adjustment, key };
}

/** The stored text of a pair's component fits (see storedPair). */
function storedText(fits: Tuple[], weights: number[], history: PairHistory): string {
  const scale = pointsScale(fits, weights);
  const stored: Tuple[] = new Array<Tuple>(fits.length + 1);
  for (let index = 0; index < fits.length; index += 1) {
    const fit = fits[index]!;
    const value = fit[0] as number;
    const applicable = fit[1] === 1;
    const points = (applicable ? value * weights[index]! : 0) * scale;
    const end = shownEnd(fit);
    const tuple: Tuple = [Math.round(value * 1000) / 1000, weights[index]!, Math.round(points * 10) / 10, applicable ? 1 : 0];
    for (let at = 2; at < end; at += 1) tuple.push(fit[at]!);
    stored[index] = tuple;
  }
  stored[fits.length] = historyTuple(historyAdjustment(history));
  return JSON.stringify(stored);
}
