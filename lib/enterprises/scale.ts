// Business scale (usaha mikro, kecil, menengah, besar) from modal usaha and annual sales,
// per PP 7/2021 Art. 35. Pure: no I/O.
import type { BusinessScale } from "@/lib/generated/prisma/enums";

/** A message key with its ICU values, for the UI to translate. */
export type MessageRef = { key: string; values: Record<string, string | number> };

export type ScaleBasis = "capital" | "sales" | "both";

export type ScaleInput = {
  /** Modal usaha in rupiah, excluding land and buildings. */
  capitalRupiah?: bigint | null;
  annualSalesRupiah?: bigint | null;
};

export type ScaleResult = {
  scale: BusinessScale;
  /** Which figure decided the class: both when each alone gives the same class. */
  basis: ScaleBasis;
  /** The rule that applied, e.g. "Enterprise.scale.rule.kecilByCapital" with its thresholds in billions. */
  rule: MessageRef;
  /** Present when capital and sales point to different classes: explains that the larger one counts. */
  note?: MessageRef;
};

const billion = 1_000_000_000n;

/** Upper limits (inclusive) per class, PP 7/2021 Art. 35(3)–(5); above menengah is besar. */
export const scaleThresholds = {
  MIKRO: { capital: 1n * billion, sales: 2n * billion },
  KECIL: { capital: 5n * billion, sales: 15n * billion },
  MENENGAH: { capital: 10n * billion, sales: 50n * billion },
} as const satisfies Record<Exclude<BusinessScale, "BESAR">, { capital: bigint; sales: bigint }>;

const order: readonly BusinessScale[] = ["MIKRO", "KECIL", "MENENGAH", "BESAR"];

function classify(value: bigint, criterion: "capital" | "sales"): BusinessScale {
  if (value < 0n) throw new RangeError(`Negative ${criterion} cannot be classified`);
  if (value <= scaleThresholds.MIKRO[criterion]) return "MIKRO";
  if (value <= scaleThresholds.KECIL[criterion]) return "KECIL";
  if (value <= scaleThresholds.MENENGAH[criterion]) return "MENENGAH";
  return "BESAR";
}

/** The class's band in whole billions of rupiah: min is exclusive, max inclusive. */
function band(scale: BusinessScale, criterion: "capital" | "sales"): { min?: number; max?: number } {
  const index = order.indexOf(scale);
  const limit = (s: BusinessScale | undefined) =>
    s && s !== "BESAR" ? Number(scaleThresholds[s][criterion] / billion) : undefined;
  return { min: limit(order[index - 1]), max: limit(scale) };
}

function ruleValues(scale: BusinessScale, basis: ScaleBasis): Record<string, number> {
  const values: Record<string, number> = {};
  const add = (criterion: "capital" | "sales") => {
    const { min, max } = band(scale, criterion);
    if (min !== undefined) values[`${criterion}Min`] = min;
    if (max !== undefined) values[`${criterion}Max`] = max;
  };
  if (basis !== "sales") add("capital");
  if (basis !== "capital") add("sales");
  return values;
}

const scaleWord: Record<BusinessScale, string> = { MIKRO: "mikro", KECIL: "kecil", MENENGAH: "menengah", BESAR: "besar" };
const basisWord: Record<ScaleBasis, string> = { capital: "Capital", sales: "Sales", both: "Both" };

/**
 * How the two criteria combine: the LARGER of the two classes wins.
 *
 * Art. 35(1) groups a business by modal usaha OR annual sales, so either figure alone is
 * enough to place it in a class; a business that has outgrown a band on one measure is no
 * longer in that band. Art. 35(2) ties the capital criterion to the moment of registration
 * (OSS does that); this portal classifies businesses that already trade, where sales are the
 * better evidence and IKM often record little modal usaha (land and buildings are excluded).
 * Taking the larger class also keeps programmes meant for usaha mikro for businesses that are
 * micro on both counts. When only one figure is known, it decides alone.
 *
 * Returns null when neither figure is known. Throws a RangeError on a negative figure
 * (the form's schema rejects those before this runs).
 */
export function classifyBusinessScale(input: ScaleInput): ScaleResult | null {
  const capital = input.capitalRupiah ?? null;
  const sales = input.annualSalesRupiah ?? null;

  const byCapital = capital === null ? null : classify(capital, "capital");
  const bySales = sales === null ? null : classify(sales, "sales");

  let scale: BusinessScale;
  let basis: ScaleBasis;
  if (byCapital !== null && bySales !== null) {
    const capitalRank = order.indexOf(byCapital);
    const salesRank = order.indexOf(bySales);
    scale = capitalRank >= salesRank ? byCapital : bySales;
    basis = capitalRank === salesRank ? "both" : capitalRank > salesRank ? "capital" : "sales";
  } else if (byCapital !== null) {
    scale = byCapital;
    basis = "capital";
  } else if (bySales !== null) {
    scale = bySales;
    basis = "sales";
  } else {
    return null;
  }

  const result: ScaleResult = {
    scale,
    basis,
    rule: { key: `Enterprise.scale.rule.${scaleWord[scale]}By${basisWord[basis]}`, values: ruleValues(scale, basis) },
  };
  if (byCapital !== null && bySales !== null && byCapital !== bySales) {
    result.note = {
      key: "Enterprise.scale.note.largerClassCounts",
      values: { capitalScale: byCapital, salesScale: bySales },
    };
  }
  return result;
}
