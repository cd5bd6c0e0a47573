// Units a consortium may pool: a member's monthly capacity counts towards a demand only when its
// unit is the demand's unit or converts to it exactly (mass, count, volume below). Any other pair
// of units (kg and pcs, meter and lembar, "set" and "unit") is refused: their quantities are not
// comparable without knowing the goods. Capacity is counted in whole units of the demand's unit,
// rounded down, so that whole-unit allocations that add up to the volume always exist.

/** Each unit's size in its dimension's base unit (kg, pcs, liter). Names as written, lower case. */
const unitTable: Record<string, { dimension: "mass" | "count" | "volume"; size: number }> = {
  g: { dimension: "mass", size: 0.001 },
  gram: { dimension: "mass", size: 0.001 },
  kg: { dimension: "mass", size: 1 },
  kilogram: { dimension: "mass", size: 1 },
  kuintal: { dimension: "mass", size: 100 },
  ton: { dimension: "mass", size: 1000 },
  pcs: { dimension: "count", size: 1 },
  buah: { dimension: "count", size: 1 },
  biji: { dimension: "count", size: 1 },
  lusin: { dimension: "count", size: 12 },
  kodi: { dimension: "count", size: 20 },
  gros: { dimension: "count", size: 144 },
  ml: { dimension: "volume", size: 0.001 },
  liter: { dimension: "volume", size: 1 },
  l: { dimension: "volume", size: 1 },
};

const normal = (unit: string) => unit.trim().toLowerCase();

/**
 * How many of `to` one `from` makes (1 kg makes 0.001 ton; 1 kodi makes 20 pcs), or null when the
 * units cannot be pooled together. The same unit always converts, whether or not it is in the table.
 */
export function unitFactor(from: string, to: string): number | null {
  const a = normal(from);
  const b = normal(to);
  if (a === b) return 1;
  const source = unitTable[a];
  const target = unitTable[b];
  if (!source || !target || source.dimension !== target.dimension) return null;
  return source.size / target.size;
}

/** A capacity in whole units of the demand's unit (rounded down), or null when the units do not convert. */
export function capacityIn(capacity: number, from: string, to: string): number | null {
  const factor = unitFactor(from, to);
  return factor === null ? null : wholeUnits(capacity, factor);
}

/** A capacity times a unit factor, in whole units rounded down. */
export function wholeUnits(capacity: number, factor: number): number {
  // The epsilon keeps 3 x 0.1 kuintal-style products from losing a unit to binary rounding.
  return Math.floor(capacity * factor + 1e-9);
}
