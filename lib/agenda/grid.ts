// The staff's whole schedule as a grid: slots down, tables across, split into printable pages of
// a few tables each. Pure.
import type { MeetingSlot } from "@/lib/events/slots";
import { timeZone } from "@/lib/i18n/config";

export type GridRow = { startsAt: Date; endsAt: Date };

/**
 * The grid's rows: the event's slots, plus the start of any placed meeting that is on no slot
 * (sessions edited after placing), so no meeting drops off the printed grid.
 */
export function gridRows(slots: readonly MeetingSlot[], meetings: readonly { startsAt: Date; endsAt: Date }[]): GridRow[] {
  const rows = new Map<number, GridRow>();
  for (const slot of slots) rows.set(slot.startsAt.getTime(), { startsAt: slot.startsAt, endsAt: slot.endsAt });
  for (const meeting of meetings) {
    if (!rows.has(meeting.startsAt.getTime())) rows.set(meeting.startsAt.getTime(), { startsAt: meeting.startsAt, endsAt: meeting.endsAt });
  }
  return [...rows.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Table numbers 1..count in pages of `perPage`: [[1..8], [9..16], ...]. */
export function tablePages(count: number, perPage: number): number[][] {
  if (!Number.isInteger(perPage) || perPage <= 0) throw new RangeError("perPage must be a positive whole number");
  const pages: number[][] = [];
  for (let first = 1; first <= count; first += perPage) {
    pages.push(Array.from({ length: Math.min(perPage, count - first + 1) }, (_, i) => first + i));
  }
  return pages;
}

/** Key of a grid cell: a slot's start and a table. */
export function cellKey(startsAt: Date, table: number): string {
  return `${startsAt.getTime()}|${table}`;
}

const jakartaDay = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** Whether two moments fall on the same calendar day in Jakarta (WIB). */
export function sameJakartaDay(a: Date, b: Date): boolean {
  return jakartaDay.format(a) === jakartaDay.format(b);
}
