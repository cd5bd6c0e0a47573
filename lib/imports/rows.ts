// Turning a sheet's row into the raw field texts of a kind and collecting its errors with the
// file's column names. Shared by the kinds' validators. Pure.
import type { z } from "zod";
import type { HeaderMapping, ImportSheet, RowError } from "./types";
import { rowMessage } from "./values";

/** field -> cell text, for the fields the mapping names (empty cells included as ""). */
export function rawFields(cells: string[], mapping: HeaderMapping): Record<string, string> {
  const raw: Record<string, string> = {};
  mapping.forEach((field, column) => {
    if (field !== null) raw[field] = cells[column] ?? "";
  });
  return raw;
}

/** Collects a row's errors, named by the file's header of the field's column (or the field's template header). */
export function rowErrors(sheet: ImportSheet, mapping: HeaderMapping, headerOf: (field: string) => string, row: number) {
  const errors: RowError[] = [];
  const columnOf = (field: string) => {
    const column = mapping.indexOf(field);
    return column >= 0 ? (sheet.headers[column] ?? headerOf(field)) : headerOf(field);
  };
  return {
    errors,
    add(field: string, key: string, values: Record<string, string | number> = {}) {
      const column = columnOf(field);
      if (!errors.some((error) => error.column === column)) errors.push({ row, column, message: rowMessage(key, values) });
    },
    /** A schema's issues, except on fields in `skip` (placeholders for what the import leaves optional). */
    addIssues(issues: z.core.$ZodIssue[], skip: ReadonlySet<string> = new Set()) {
      for (const issue of issues) {
        const field = String(issue.path[0] ?? "");
        if (field === "" || skip.has(field)) continue;
        this.add(field, issue.message);
      }
    },
  };
}

/**
 * The row where `key` first appeared in this file, or undefined when this row is its first (then
 * remembered): a row repeating an earlier one is an error, never a second write.
 */
export function earlierRowWith(seen: Map<string, number>, key: string, row: number): number | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, row);
  return first;
}

/** The values without the fields the row leaves empty (null): an import writes only what the file fills. */
export function withoutEmpty<T extends Record<string, unknown>>(values: T): T {
  for (const key of Object.keys(values)) if (values[key] === null) delete values[key];
  return values;
}

