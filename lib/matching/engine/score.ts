// The score of one supplier-demand pair: hard filters first (sectors in different KBLI divisions:
// not a sensible pair; a required certificate not valid on the day; a pair who met before without
// result when the policy excludes them), then every
// component with its weight, the total over the components that apply scaled to 0..100, and the
// history adjustment. Pure and deterministic: the same input always gives the same output.
import { componentFunctions, missingRequiredCertificates, sectorFit } from "./components";
import { componentKeys, type Demand, type MatchContext, type MatchResult, type PairHistory, type ScoreComponent, type Supplier } from "./types";
import { historyBonus, historyPenalty } from "./weights";

const noHistory: PairHistory = { metWithoutResult: false, positiveOutcome: false };

/** Rounded to whole points for storage and display; ties are broken by callers, not here. */
function roundScore(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)));
}

export function scorePair(supplier: Supplier, demand: Demand, context: MatchContext, history: PairHistory = noHistory): MatchResult {
  const sector = sectorFit(supplier, demand);
  if (sector.applicable && sector.value === 0) {
    return { excluded: true, reason: { key: "excluded.unrelatedSector", values: sector.explanation.values } };
  }
  const missing = missingRequiredCertificates(supplier, demand, context);
  if (missing.length > 0) {
    return { excluded: true, reason: { key: "excluded.requiredCertificate", values: { missing: missing.join(",") } } };
  }
  if (history.metWithoutResult && context.historyPolicy === "exclude") {
    return { excluded: true, reason: { key: "excluded.metWithoutResult", values: {} } };
  }

  const components: ScoreComponent[] = componentKeys.map((key) => {
    const weight = context.weights[key];
    const { value, applicable, explanation } = componentFunctions[key](supplier, demand, context);
    return { key, value, weight, applicable, points: applicable ? value * weight : 0, explanation };
  });
  const applicableWeight = components.reduce((sum, component) => sum + (component.applicable ? component.weight : 0), 0);
  const earned = components.reduce((sum, component) => sum + component.points, 0);
  // Points are reported on the 0..100 scale the total uses, so they add up to the score.
  const scale = applicableWeight > 0 ? 100 / applicableWeight : 0;
  for (const component of components) component.points = component.points * scale;
  let total = earned * scale;

  const adjustment = (history.positiveOutcome ? historyBonus : 0) - (history.metWithoutResult ? historyPenalty : 0);
  if (history.positiveOutcome || history.metWithoutResult) {
    const key = history.positiveOutcome && history.metWithoutResult ? "history.mixed" : history.positiveOutcome ? "history.positive" : "history.metWithoutResult";
    components.push({ key: "history", value: adjustment, weight: 0, points: adjustment, applicable: true, explanation: { key, values: { points: Math.abs(adjustment) } } });
    total += adjustment;
  } else {
    components.push({ key: "history", value: 0, weight: 0, points: 0, applicable: false, explanation: { key: "history.none", values: {} } });
  }
  return { excluded: false, score: roundScore(total), components };
}
