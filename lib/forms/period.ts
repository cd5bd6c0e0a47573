// A period typed as two calendar days ("YYYY-MM-DD", checked by ./day.ts), as the instants a
// query compares with: whole days in Jakarta time, both ends included. Used by the reports'
// filters and the audit log's. Pure.

/** The period as instants: from midnight WIB of `from` up to (excluding) midnight after `to`. */
export type PeriodBounds = { start: Date | null; end: Date | null };

const jakartaOffset = "+07:00";

export function periodBounds(days: { from: string | null; to: string | null }): PeriodBounds {
  const start = days.from ? new Date(`${days.from}T00:00:00${jakartaOffset}`) : null;
  const end = days.to ? new Date(new Date(`${days.to}T00:00:00${jakartaOffset}`).getTime() + 86_400_000) : null;
  return { start, end };
}
