// Calendar days typed into filters ("YYYY-MM-DD", as <input type="date"> sends them), limited to
// years the portal can hold: `new Date("0000-01-01")` is a valid JS date whose midnight in
// Jakarta lies in year -1, which PostgreSQL refuses (an HTTP 500), and 99999-12-31 is no date
// anyone means. The messages name the range: keep them in step with these constants. Pure.

export const earliestFilterYear = 2000;
export const latestFilterYear = 2100;

export type DayCheck = "ok" | "invalid" | "outOfRange";

/** Whether the text is a real calendar day (2026-02-30 is not) within the years above. */
export function checkDay(value: string): DayCheck {
  const match = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return "invalid";
  const year = Number(match[1]);
  if (year < earliestFilterYear || year > latestFilterYear) return "outOfRange";
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? "ok" : "invalid";
}
