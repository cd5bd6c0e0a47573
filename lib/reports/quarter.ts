// Quarters for the dashboard's trends: which quarter a moment falls in (in Jakarta time, as the
// city counts them) and the unbroken run of quarters between two, so a quarter without activity
// shows as zero instead of disappearing. Keys are written like Event.quarter ("2026-Q4",
// lib/events/quarter.ts). Pure.
import { parseQuarter, type Quarter } from "@/lib/events/quarter";

const jakartaOffsetMs = 7 * 60 * 60 * 1000;

export function quarterKey({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** The definition the dashboard's SQL follows (to_char(... AT TIME ZONE 'Asia/Jakarta', 'YYYY-"Q"Q')); tests hold them together. */
export function quarterOf(moment: Date): Quarter {
  const local = new Date(moment.getTime() + jakartaOffsetMs);
  return { year: local.getUTCFullYear(), quarter: (Math.floor(local.getUTCMonth() / 3) + 1) as Quarter["quarter"] };
}

function next({ year, quarter }: Quarter): Quarter {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as Quarter["quarter"] };
}

const ordinal = ({ year, quarter }: Quarter) => year * 4 + quarter - 1;

/** Every quarter from `first` to `last`, both included (empty when last is before first). */
export function quarterRange(first: Quarter, last: Quarter): string[] {
  const keys: string[] = [];
  for (let current = first; ordinal(current) <= ordinal(last); current = next(current)) keys.push(quarterKey(current));
  return keys;
}

/**
 * Rows keyed by quarter, spread over the unbroken run from the earliest to the latest key, with
 * `empty()` where a quarter has no row. Unparseable keys are ignored.
 */
export function fillQuarters<T>(rows: ReadonlyMap<string, T>, empty: () => T): { quarter: string; value: T }[] {
  const quarters = [...rows.keys()].map(parseQuarter).filter((value): value is Quarter => value !== null);
  if (quarters.length === 0) return [];
  const sorted = quarters.sort((a, b) => ordinal(a) - ordinal(b));
  return quarterRange(sorted[0]!, sorted[sorted.length - 1]!).map((quarter) => ({ quarter, value: rows.get(quarter) ?? empty() }));
}
