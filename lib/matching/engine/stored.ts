// Reading a Match row's stored components back (lib/matching/store.ts writes them by position as
// JSON text, lib/matching/engine/stored-format.ts; the earlier array, tuple and object shapes are read
// too): checked shape, the components that carry the score first. Pure.
import type { Explanation } from "./explain";
import { explanationParams, storedKeys } from "./stored-format";

export interface StoredComponent {
  key: string;
  value: number;
  weight: number;
  points: number;
  applicable: boolean;
  explanation: Explanation;
}

function isExplanation(value: unknown): value is Explanation {
  if (!value || typeof value !== "object") return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.key === "string" && !!candidate.values && typeof candidate.values === "object";
}

/** One component as lib/matching/store.ts writes it: [key, value, weight, points, applicable, explanation suffix, values]. */
function fromTuple(item: unknown[]): StoredComponent[] {
  const [key, value, weight, points, applicable, suffix, values] = item;
  if (typeof key !== "string" || typeof points !== "number" || typeof suffix !== "string" || !values || typeof values !== "object") return [];
  return [
    {
      key,
      value: typeof value === "number" ? value : 0,
      weight: typeof weight === "number" ? weight : 0,
      points,
      applicable: applicable !== 0,
      explanation: { key: `${key}.${suffix}`, values: values as Explanation["values"] },
    },
  ];
}

/** One component as lib/matching/store.ts writes it now: its key from its position, values by position. */
function fromPositional(item: unknown[], position: number): StoredComponent[] {
  const key = storedKeys[position];
  const [value, weight, points, applicable, suffix, ...rest] = item;
  if (!key || typeof value !== "number" || typeof points !== "number" || typeof suffix !== "string") return [];
  const values: Explanation["values"] = {};
  explanationParams[key].forEach((name, index) => {
    const entry = rest[index];
    if (typeof entry === "string" || typeof entry === "number") values[name] = entry;
  });
  return [{ key, value, weight: typeof weight === "number" ? weight : 0, points, applicable: applicable !== 0, explanation: { key: `${key}.${suffix}`, values } }];
}

/** The components of a stored match; anything malformed is left out rather than shown wrong. */
export function parseComponents(json: unknown): StoredComponent[] {
  if (typeof json === "string") {
    // Stored as JSON text since the store writes it so (lib/matching/store.ts).
    try {
      return parseComponents(JSON.parse(json));
    } catch {
      return [];
    }
  }
  if (!Array.isArray(json)) return [];
  return json.flatMap((item, position): StoredComponent[] => {
    if (Array.isArray(item) && typeof item[0] === "number") return fromPositional(item, position);
    if (Array.isArray(item)) return fromTuple(item);
    if (!item || typeof item !== "object") return [];
    const { key, value, weight, points, applicable, explanation } = item as Record<string, unknown>;
    if (typeof key !== "string" || typeof points !== "number" || !isExplanation(explanation)) return [];
    return [{ key, value: typeof value === "number" ? value : 0, weight: typeof weight === "number" ? weight : 0, points, applicable: applicable !== false, explanation }];
  });
}

/** The `count` applicable components that gave the most points, best first (ties: stored order). */
export function topComponents(components: StoredComponent[], count: number): StoredComponent[] {
  return components
    .map((component, index) => ({ component, index }))
    .filter(({ component }) => component.applicable && component.points > 0)
    .sort((a, b) => b.component.points - a.component.points || a.index - b.index)
    .slice(0, count)
    .map(({ component }) => component);
}

/** An enterprise as people know it: its brand, else its legal name. */
export function enterpriseName(enterprise: { brandName: string | null; legalName: string }): string {
  return enterprise.brandName?.trim() || enterprise.legalName;
}
