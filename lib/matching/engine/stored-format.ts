// The stored shape of a match's components (lib/matching/store.ts writes it, stored.ts reads it):
// components by position, and each explanation's values by position. Pure.
import { componentKeys, type ScoreComponent } from "./types";

/** Position of each component in a stored match. */
export const storedKeys: readonly ScoreComponent["key"][] = [...componentKeys, "history"];

/** Every value an explanation of each component may carry, in stored order. */
export const explanationParams: Record<ScoreComponent["key"], readonly string[]> = {
  sector: ["supplier", "buyer"],
  capacity: ["capacity", "quantity", "unit", "percent", "minOrder", "orderSize", "capacityUnit"],
  exportReadiness: ["tier", "country"],
  certificates: ["held", "total", "missing"],
  price: ["supplierMin", "supplierMax", "targetMin", "targetMax", "percent"],
  location: ["city", "country"],
  grade: ["grade"],
  reciprocity: ["kind", "country"],
  history: ["points"],
};

/** One component's fit as the stored tuple begins it: [value, applicable 1|0, explanation key, ...values]. */
export type Tuple = (string | number | null)[];

/** A pair's history as its stored tuple gives it: the points added (taken off when negative), and the key. */
export interface HistoryAdjustment {
  adjustment: number;
  key: string;
}

/** What turns a component's value times its weight into points: 100 over the weights of the components that apply. */
export function pointsScale(fits: Tuple[], weights: number[]): number {
  let applicableWeight = 0;
  for (let index = 0; index < fits.length; index += 1) if (fits[index]![1] === 1) applicableWeight += weights[index]!;
  return applicableWeight > 0 ? 100 / applicableWeight : 0;
}

/** Where a fit's stored values end: trailing empty ones are left out, as storedComponents does. */
export function shownEnd(fit: Tuple): number {
  let end = fit.length;
  while (end > 3 && fit[end - 1] === null) end -= 1;
  return end;
}

/** The stored tuple of a pair's history: [value, weight 0, points, applicable, key, points] or, with none, [0, 0, 0, 0, "none"]. */
export function historyTuple(history: HistoryAdjustment | null): Tuple {
  if (!history) return [0, 0, 0, 0, "none"];
  const { adjustment, key } = history;
  return [Math.round(adjustment * 1000) / 1000, 0, Math.round(adjustment * 10) / 10, 1, key, Math.abs(adjustment)];
}
