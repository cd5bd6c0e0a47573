// The bulk import's shared vocabulary (the contract between the import engine in lib/imports and
// the staff pages): what a read file is, how its columns map to fields, what the preview and a
// running batch report. Pure types and constants.

export const importKinds = ["smes", "products", "buyers"] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ImportSheet {
  fileName: string;
  /** As written in the file's first row. */
  headers: string[];
  /** Cell text, trimmed; rows that are entirely empty are dropped. */
  rows: string[][];
  /** Each row's number in the file (header row = 1). */
  rowNumbers: number[];
}

/** Column index in the sheet -> field name of the kind, or null (ignored column). */
export type HeaderMapping = (string | null)[];

export interface ImportField {
  field: string;
  header: string;
  aliases: string[];
  required: boolean;
}

/** One problem of one row; `message` is Indonesian. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export type DuplicateReason = "nib" | "email" | "phone" | "name";

export interface DuplicateCandidate {
  row: number;
  reason: DuplicateReason;
  existingId: string;
  existingName: string;
}

/** For reason "name" only: a row whose name is close to an existing record is skipped unless staff say "create". */
export type DuplicateDecision = "skip" | "create";

export interface ImportCounts {
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportPreview {
  kind: ImportKind;
  total: number;
  counts: { new: number; update: number; unchanged: number; invalid: number };
  /** Every invalid row's messages (all of them). */
  errors: RowError[];
  /** Close name+kelurahan matches for staff to decide. */
  duplicates: DuplicateCandidate[];
}

export type ImportBatchStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

export interface ImportProgress {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportBatchStatus;
  total: number;
  processed: number;
  errors: number;
  counts: ImportCounts | null;
  createdAt: Date;
  finishedAt: Date | null;
}
