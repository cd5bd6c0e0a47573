// The preview: every row validated and matched as the run would, nothing written. Counts of new,
// updated, unchanged and invalid rows, every error, and the rows whose name is close to an
// existing record (skipped by the run unless staff decide "create").
import "server-only";
import type { DbClient } from "@/lib/db";
import { prepareKind } from "./kinds";
import { planRow, type RowPlan, type ValidRow } from "./plan";
import type { DuplicateDecision, HeaderMapping, ImportKind, ImportPreview, ImportSheet } from "./types";

/** Rows matched and written per chunk (one transaction each in the run). */
export const importChunkSize = 500;

export function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export function tally(plans: RowPlan[], counts: ImportPreview["counts"], duplicates: ImportPreview["duplicates"]) {
  for (const plan of plans) {
    if (plan.action === "create") counts.new += 1;
    else if (plan.action === "update") counts.update += 1;
    else counts.unchanged += 1;
    if ((plan.action === "create" || plan.action === "skip") && plan.candidate) duplicates.push(plan.candidate);
  }
}

export async function previewImport(
  db: DbClient,
  kind: ImportKind,
  sheet: ImportSheet,
  mapping: HeaderMapping,
  decisions: Record<number, DuplicateDecision> = {},
): Promise<ImportPreview> {
  const prepared = await prepareKind(db, kind);
  const { rows, errors } = await prepared.validate(sheet, mapping);
  const counts = { new: 0, update: 0, unchanged: 0, invalid: new Set(errors.map((error) => error.row)).size };
  const duplicates: ImportPreview["duplicates"] = [];
  const now = new Date();
  for (const chunk of chunks<ValidRow>(rows, importChunkSize)) {
    const matches = await prepared.match(db, chunk, now);
    tally(
      chunk.map((row) => planRow(row, matches.get(row.index) ?? null, decisions)),
      counts,
      duplicates,
    );
  }
  return { kind, total: sheet.rows.length, counts, errors, duplicates };
}
