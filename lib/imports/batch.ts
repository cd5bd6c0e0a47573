// An import run: the file is stored with its SHA-256 and the staff's mapping and decisions
// (createImportBatch); the run (runImportBatch) validates the whole file, then writes it a chunk
// of rows at a time, each chunk together with the batch's `processed` and counters in one
// transaction. A run stopped anywhere (server restart) leaves only whole chunks behind and the
// next run resumes after them, so no row is ever half imported or imported twice.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import type { Db, DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";
import { getFile, putFile, uploadKey } from "@/lib/storage/files";
import { insertRows } from "./bulk-insert";
import { importFields } from "./fields";
import { prepareKind } from "./kinds";
import { newId } from "./sme-write";
import { planRow, type RecordValues, type ValidRow } from "./plan";
import { importChunkSize } from "./preview";
import { readImportFile } from "./read";
import type { DuplicateDecision, HeaderMapping, ImportCounts, ImportKind, ImportProgress, RowError } from "./types";

export interface NewImportBatch {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName: string;
  mapping: HeaderMapping;
  decisions?: Record<number, DuplicateDecision>;
  targetStatus: "DRAFT" | "SUBMITTED";
  actorId: string | null;
}

const contentTypes: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
};

/** What staff chose, checked: fields of the kind only, decisions per row number. */
function choicesSchema(kind: ImportKind) {
  const fields = importFields(kind).map((field) => field.field) as [string, ...string[]];
  return z.object({
    mapping: z.array(z.enum(fields).nullable()).max(500),
    decisions: z.record(z.string().regex(/^\d{1,6}$/), z.enum(["skip", "create"])).default({}),
    targetStatus: z.enum(["DRAFT", "SUBMITTED"]),
  });
}

export async function createImportBatch(db: Db, input: NewImportBatch): Promise<string> {
  const choices = choicesSchema(input.kind).parse({ mapping: input.mapping, decisions: input.decisions, targetStatus: input.targetStatus });
  // Refuses a file that cannot be read (ImportFileError) before anything is stored.
  const sheet = await readImportFile(input.bytes, input.fileName);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const fileKey = uploadKey("imports");
  const extension = input.fileName.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
  await putFile({ key: fileKey, bytes: input.bytes, contentType: contentTypes[extension]! });
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.create({
      data: {
        kind: input.kind,
        fileName: input.fileName.slice(0, 255),
        fileKey,
        sha256,
        mapping: choices.mapping,
        decisions: choices.decisions,
        targetStatus: choices.targetStatus,
        actorId: input.actorId,
        total: sheet.rows.length,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "import.create",
      entityType: "ImportBatch",
      entityId: batch.id,
      data: { kind: input.kind, fileName: input.fileName, sha256, rows: sheet.rows.length, targetStatus: input.targetStatus },
    });
    return batch.id;
  });
}

const progressSelect = {
  id: true, kind: true, fileName: true, status: true, total: true, processed: true, invalid: true, created: true, updated: true,
  unchanged: true, createdAt: true, finishedAt: true,
} as const;

type ProgressRow = Prisma.ImportBatchGetPayload<{ select: typeof progressSelect }>;

function countsOf(row: ProgressRow): ImportCounts {
  return {
    rows: row.total,
    valid: row.total - row.invalid,
    invalid: row.invalid,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
  };
}

function progressOf(row: ProgressRow): ImportProgress {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    total: row.total,
    processed: row.processed,
    errors: row.invalid,
    counts: row.status === "DONE" ? countsOf(row) : null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

export async function importBatchProgress(db: DbClient, batchId: string): Promise<ImportProgress | null> {
  const row = await db.importBatch.findUnique({ where: { id: batchId }, select: progressSelect });
  return row ? progressOf(row) : null;
}

export const importBatchPageSize = 20;

export async function listImportBatches(db: DbClient, { page }: { page: number }): Promise<Paginated<ImportProgress>> {
  const current = Math.max(1, Math.floor(page));
  const [rows, total] = await Promise.all([
    db.importBatch.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (current - 1) * importBatchPageSize, take: importBatchPageSize, select: progressSelect }),
    db.importBatch.count(),
  ]);
  return { items: rows.map(progressOf), total, page: current, pageSize: importBatchPageSize, pageCount: pageCountOf(total, importBatchPageSize) };
}

export interface RunOptions {
  /** Rows per transaction (tests use small chunks). */
  chunkSize?: number;
  /** Told every invalid row's errors once the file is validated (the command line prints them). */
  onRowErrors?: (errors: RowError[]) => void;
}

/** Runs (or resumes) a batch; a batch already DONE returns its counts. */
export async function runImportBatch(
  db: Db,
  batchId: string,
  onProgress?: (progress: ImportProgress) => void,
  options: RunOptions = {},
): Promise<ImportCounts> {
  const batch = await db.importBatch.findUnique({
    where: { id: batchId },
    select: { ...progressSelect, fileKey: true, sha256: true, mapping: true, decisions: true, targetStatus: true, actorId: true, actor: { select: { id: true, name: true } } },
  });
  if (!batch) throw new Error(`Import batch ${batchId} does not exist`);
  if (batch.status === "DONE") return countsOf(batch);
  const chunkSize = options.chunkSize ?? importChunkSize;
  try {
    const file = await getFile(batch.fileKey);
    if (!file) throw new Error("Berkas impor tidak ditemukan di penyimpanan.");
    const sheet = await readImportFile(file.bytes, batch.fileName);
    const prepared = await prepareKind(db, batch.kind);
    const { rows, errors } = await prepared.validate(sheet, batch.mapping as HeaderMapping);
    if (batch.processed === 0) options.onRowErrors?.(errors);
    const validByIndex = new Map(rows.map((row) => [row.index, row]));
    const invalidRows = new Set(errors.map((error) => error.row));
    const decisions = (batch.decisions ?? {}) as Record<number, DuplicateDecision>;
    const slugs = new Set((await db.enterprise.findMany({ select: { slug: true } })).map((row) => row.slug));
    const writeContext = {
      batchId,
      actor: batch.actor ?? null,
      staffName: batch.actor?.name ?? siteConfig().officeName,
      targetStatus: batch.targetStatus === "SUBMITTED" ? ("SUBMITTED" as const) : ("DRAFT" as const),
      now: new Date(),
      slugs,
    };
    await db.importBatch.update({ where: { id: batchId }, data: { status: "RUNNING", startedAt: batch.processed === 0 ? new Date() : undefined, failure: null } });

    for (let start = batch.processed; start < sheet.rows.length; start += chunkSize) {
      const end = Math.min(start + chunkSize, sheet.rows.length);
      const chunk: ValidRow[] = [];
      let invalid = 0;
      for (let index = start; index < end; index += 1) {
        const valid = validByIndex.get(index);
        if (valid) chunk.push(valid);
        else if (invalidRows.has(sheet.rowNumbers[index]!)) invalid += 1;
      }
      const progress = await db.$transaction(
        async (tx) => {
          const matches = await prepared.match(tx, chunk, batch.createdAt);
          const plans = chunk.map((row) => planRow(row, matches.get(row.index) ?? null, decisions));
          const toCreate = plans.flatMap((plan) => (plan.action === "create" ? [plan.row] : []));
          const created = toCreate.length ? await prepared.create(tx, toCreate, writeContext) : new Map<number, string>();
          const updatedAt = new Date().toISOString();
          const records = toCreate.map((row) => ({
            id: newId(), kind: batch.kind, entityId: created.get(row.index)!, matchKey: row.matchKey, values: row.values, batchId, updatedAt,
          }));
          await insertRows(tx, "ImportedRecord", ["id", "kind", "entityId", "matchKey", "values", "batchId", "updatedAt"], records);
          let updated = 0;
          for (const plan of plans) {
            if (plan.action !== "update") continue;
            await prepared.update(tx, plan.existing.id, plan.changes);
            const values: RecordValues = { ...(plan.existing.lastImport ?? {}), ...plan.changes };
            await tx.importedRecord.upsert({
              where: { kind_entityId: { kind: batch.kind, entityId: plan.existing.id } },
              create: { id: newId(), kind: batch.kind, entityId: plan.existing.id, matchKey: plan.row.matchKey, values, batchId },
              update: { values, batchId },
              select: { id: true },
            });
            updated += 1;
          }
          const unchanged = plans.length - toCreate.length - updated;
          // Only from where this run started: a second runner of the same batch fails here and rolls back.
          const moved = await tx.importBatch.updateMany({
            where: { id: batchId, processed: start },
            data: { processed: end, invalid: { increment: invalid }, created: { increment: toCreate.length }, updated: { increment: updated }, unchanged: { increment: unchanged } },
          });
          if (moved.count !== 1) throw new Error(`Import batch ${batchId} was advanced by another run`);
          return tx.importBatch.findUniqueOrThrow({ where: { id: batchId }, select: progressSelect });
        },
        { maxWait: 10_000, timeout: 120_000 },
      );
      onProgress?.(progressOf(progress));
    }

    const finished = await db.$transaction(async (tx) => {
      const done = await tx.importBatch.update({ where: { id: batchId }, data: { status: "DONE", finishedAt: new Date() }, select: progressSelect });
      const counts = countsOf(done);
      await recordAudit(tx, {
        actorId: batch.actorId,
        action: "import.finish",
        entityType: "ImportBatch",
        entityId: batchId,
        data: { kind: batch.kind, fileName: batch.fileName, sha256: batch.sha256, ...counts },
      });
      return done;
    });
    onProgress?.(progressOf(finished));
    return countsOf(finished);
  } catch (error) {
    await markFailed(db, batchId, error);
    throw error;
  }
}

async function markFailed(db: Db, batchId: string, error: unknown): Promise<void> {
  const failure = error instanceof Error && error.name === "ImportFileError" ? error.message : "Impor berhenti karena kesalahan sistem; jalankan lagi untuk melanjutkan.";
  console.error("Import batch failed", { batchId, error });
  await db.importBatch.update({ where: { id: batchId }, data: { status: "FAILED", failure } }).catch(() => undefined);
}
