// CSV as RFC 4180 describes it (comma separated, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break, quotes doubled), as UTF-8 with a byte order mark so Excel reads
// the Indonesian text correctly. Pure.
//
// Text cells that a spreadsheet would read as a formula (starting with = + - @, or a tab or
// carriage return that some programs skip before one) get a leading apostrophe: a name typed
// by an SME must never run as a formula on a staff computer (OWASP "CSV injection").
// Numbers and dates are written by us, never guarded, so negative numbers stay numbers.
// Shared by the reports' downloads and the audit log's; knows nothing of either.

/** One cell of a downloaded table (reports' CSV and XLSX, the audit log's CSV). */
export type CellValue = string | number | Date | null;

export const csvBom = "\uFEFF";
const formulaStart = /^[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function escapeCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A date as "YYYY-MM-DD" in Jakarta time: unambiguous, and sorts as text. */
export function isoDay(date: Date): string {
  return new Date(date.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function csvCell(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return isoDay(value);
  return escapeCsvField(guardFormula(value));
}

export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
