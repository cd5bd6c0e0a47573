// Which SMEs a sourcing request is for, and when it can still be answered. Pure: no I/O.
//
// Sector fit: a request's KBLI subclass (5 digits, KBLI 2020) fits an enterprise when it equals
// one of the enterprise's codes (its primary KBLI or one of its additional ones), or shares the
// KBLI group with one of them (the first 3 digits: 10391 tempe and 10392 tahu are both group
// 103, processed fruit and vegetables). A group is narrow enough that its makers can usually
// take the order, and wide enough that a buyer who picked a neighbouring subclass still reaches
// them. A request without a KBLI fits nobody by sector: only SMEs staff forward it to see it.
// Forwarded requests are visible whatever the sector (lib/sourcing/queries.ts).

export type SectorFit = "exact" | "group" | null;

const subclassPattern = /^\d{5}$/;

/** The KBLI group (first 3 digits) of a 5-digit subclass code, or null for anything else. */
export function kbliGroupOf(code: string): string | null {
  return subclassPattern.test(code) ? code.slice(0, 3) : null;
}

/** How a request's KBLI fits an enterprise's KBLI codes: the same subclass, the same group, or not. */
export function sectorFit(requestCode: string | null, enterpriseCodes: readonly string[]): SectorFit {
  if (!requestCode || !subclassPattern.test(requestCode)) return null;
  const codes = enterpriseCodes.filter((code) => subclassPattern.test(code));
  if (codes.includes(requestCode)) return "exact";
  const group = requestCode.slice(0, 3);
  return codes.some((code) => code.slice(0, 3) === group) ? "group" : null;
}

/** What a query needs to find the requests that fit: the codes and their groups, without repeats. */
export function fitCriteria(enterpriseCodes: readonly string[]): { codes: string[]; groups: string[] } {
  const codes = [...new Set(enterpriseCodes.filter((code) => subclassPattern.test(code)))].sort();
  const groups = [...new Set(codes.map((code) => code.slice(0, 3)))].sort();
  return { codes, groups };
}

const dayMs = 24 * 60 * 60 * 1000;
/** WIB is UTC+7 all year (no daylight saving). */
const jakartaOffsetMs = 7 * 60 * 60 * 1000;

/**
 * Today's date in Semarang as a date-only value (00:00 UTC of that calendar day), the way a
 * deadline (@db.Date) is stored, so the two compare directly.
 */
export function jakartaToday(now: Date): Date {
  return new Date(Math.floor((now.getTime() + jakartaOffsetMs) / dayMs) * dayMs);
}

/** A "YYYY-MM-DD" form value as a date-only value, or null when it is not a real date. */
export function parseDateOnly(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** A deadline is met through its whole day (WIB): the request takes offers until that day ends. */
export function deadlinePassed(deadline: Date | null, now: Date): boolean {
  return deadline !== null && deadline.getTime() < jakartaToday(now).getTime();
}

/** Only OPEN requests whose deadline has not passed take offers. */
export function isAnswerable(request: { status: "OPEN" | "CLOSED"; deadline: Date | null }, now: Date): boolean {
  return request.status === "OPEN" && !deadlinePassed(request.deadline, now);
}

export interface ComparableOffer {
  id: string;
  priceRupiah: bigint;
  leadTimeDays: number;
  createdAt: Date;
}

/** Offers for side-by-side comparison: cheapest first, then the quickest, then the earliest. */
export function sortOffersByPrice<T extends ComparableOffer>(offers: readonly T[]): T[] {
  return [...offers].sort((a, b) => {
    if (a.priceRupiah !== b.priceRupiah) return a.priceRupiah < b.priceRupiah ? -1 : 1;
    if (a.leadTimeDays !== b.leadTimeDays) return a.leadTimeDays - b.leadTimeDays;
    if (a.createdAt.getTime() !== b.createdAt.getTime()) return a.createdAt.getTime() - b.createdAt.getTime();
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
