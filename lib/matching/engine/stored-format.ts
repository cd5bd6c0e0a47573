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
