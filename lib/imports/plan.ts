// What the import does with each valid row, decided the same way for the preview and the run:
// create it, update the record it matches (only the fields the file fills, and only where the
// record's value is empty or still what the last import wrote), leave it unchanged, or skip it
// because its name is close to an existing record and staff did not say "create". Pure.
import type { DbClient } from "@/lib/db";
import type { DuplicateCandidate, DuplicateDecision, DuplicateReason, HeaderMapping, ImportSheet, RowError } from "./types";
import { type FieldValue, isEmptyValue, sameValue } from "./values";

export type RecordValues = Record<string, FieldValue>;

export interface ValidRow {
  /** Index in the sheet's rows. */
  index: number;
  /** Row number in the file. */
  row: number;
  /** The fields the file fills, as stored (BigInt as digits). */
  values: RecordValues;
  /** Finds a record an earlier import created when the row has no identifier (ImportedRecord.matchKey). */
  matchKey: string;
  /** What a new record needs besides its values (an owner's name, defaults). */
  extra: Record<string, string>;
}

export interface ExistingRecord {
  id: string;
  name: string;
  reason: DuplicateReason | "imported";
  current: RecordValues;
  /** What the last import wrote, or null when no import wrote to it. */
  lastImport: RecordValues | null;
}

export type RowMatch = { existing: ExistingRecord } | { similar: { id: string; name: string } } | null;

export type RowPlan =
  | { action: "create"; row: ValidRow; candidate?: DuplicateCandidate }
  | { action: "update"; row: ValidRow; existing: ExistingRecord; changes: RecordValues }
  | { action: "unchanged"; row: ValidRow; existing: ExistingRecord }
  | { action: "skip"; row: ValidRow; candidate: DuplicateCandidate };

/** One kind's validation, matching and writing, prepared with its reference data. */
export interface PreparedKind {
  validate(sheet: ImportSheet, mapping: HeaderMapping): Promise<{ rows: ValidRow[]; errors: RowError[] }>;
  /** `before`: only records older than this are offered as close names (not those the same run created). */
  /** Reads through `client`: the run passes its chunk transaction (the embedded database has one connection). */
  match(client: DbClient, rows: ValidRow[], before: Date): Promise<Map<number, RowMatch>>;
}

/** The fields to write: filled by the file, different now, and empty or untouched since the last import. */
export function changesFor(values: RecordValues, existing: ExistingRecord): RecordValues {
  const changes: RecordValues = {};
  for (const [field, value] of Object.entries(values)) {
    if (isEmptyValue(value)) continue;
    const current = existing.current[field];
    if (sameValue(current, value)) continue;
    const untouched = existing.lastImport !== null && field in existing.lastImport && sameValue(current, existing.lastImport[field]);
    if (isEmptyValue(current) || untouched) changes[field] = value;
  }
  return changes;
}

export function planRow(row: ValidRow, match: RowMatch, decisions: Record<number, DuplicateDecision>): RowPlan {
  if (match && "existing" in match) {
    const changes = changesFor(row.values, match.existing);
    return Object.keys(changes).length > 0
      ? { action: "update", row, existing: match.existing, changes }
      : { action: "unchanged", row, existing: match.existing };
  }
  if (match && "similar" in match) {
    const candidate: DuplicateCandidate = { row: row.row, reason: "name", existingId: match.similar.id, existingName: match.similar.name };
    return decisions[row.row] === "create" ? { action: "create", row, candidate } : { action: "skip", row, candidate };
  }
  return { action: "create", row };
}
