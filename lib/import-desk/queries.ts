// Reads of the import desk: past imports with who ran them, and one import's progress
// (lib/imports keeps the batches).
import "server-only";
import { db } from "@/lib/db";
import { importBatchProgress, listImportBatches } from "@/lib/imports/batch";
import type { ImportProgress } from "@/lib/imports/types";
import type { Paginated } from "@/lib/pagination";

/** A past import as the desk lists it; no actor name for a run from the command line. */
export type ImportListItem = ImportProgress & { actorName: string | null };

export async function listImports(page: number): Promise<Paginated<ImportListItem>> {
  const result = await listImportBatches(db, { page });
  // One query for the page's staff names, not one per row.
  const actors = await db.importBatch.findMany({
    where: { id: { in: result.items.map((item) => item.id) } },
    select: { id: true, actor: { select: { name: true } } },
  });
  const names = new Map(actors.map((row) => [row.id, row.actor?.name ?? null]));
  return { ...result, items: result.items.map((item) => ({ ...item, actorName: names.get(item.id) ?? null })) };
}

export function findImportProgress(batchId: string): Promise<ImportProgress | null> {
  return importBatchProgress(db, batchId);
}

/** The progress as the page's poll reads it. */
export interface ImportProgressJson {
  status: ImportProgress["status"];
  total: number;
  processed: number;
  errors: number;
}

export function progressJson(progress: ImportProgress): ImportProgressJson {
  return { status: progress.status, total: progress.total, processed: progress.processed, errors: progress.errors };
}
