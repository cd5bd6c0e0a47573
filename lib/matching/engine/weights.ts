// Default weights of the score's components (points out of 100 when every component applies).
// Staff can set other weights per event; whatever they set, a score stays on 0..100 because the
// total is divided by the weights of the components that apply. Pure.
import { componentKeys, type Weights } from "./types";

/**
 * Sector fit matters most (a buyer of batik has no use for tempe), then capacity and
 * certificates (can the supplier deliver, legally), then export readiness and price, and
 * location, curation grade and reciprocity as tie-breakers.
 */
export const defaultWeights: Weights = {
  sector: 30,
  capacity: 20,
  certificates: 15,
  exportReadiness: 10,
  price: 10,
  location: 5,
  grade: 5,
  reciprocity: 5,
};

/** Points taken off a pair who met before without result (policy "penalise"), and given for a past positive outcome. */
export const historyPenalty = 15;
export const historyBonus = 5;

export const maxWeight = 100;

/** Staff-set weights, each a whole number 0..100, missing ones at their default. */
export function weightsFrom(input: Partial<Record<string, unknown>> | null | undefined): Weights {
  const weights = { ...defaultWeights };
  for (const key of componentKeys) {
    const value = input?.[key];
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= maxWeight) weights[key] = value;
  }
  return weights;
}
