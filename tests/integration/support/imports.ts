// Helpers for the bulk import tests: files generated in the test (CSV text or XLSX), the city's
// reference data to fill them with, and a staff member to import as.
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { matchHeaders } from "@/lib/imports/fields";
import { createImportBatch, runImportBatch } from "@/lib/imports/batch";
import type { ImportCounts, ImportKind, ImportProgress } from "@/lib/imports/types";
import { uniqueEmail } from "./accounts";

export function csvBytes(rows: string[][]): Uint8Array {
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return new TextEncoder().encode(`\uFEFF${rows.map((row) => row.map(quote).join(";")).join("\r\n")}\r\n`);
}

export async function xlsxBytes(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function places() {
  const kelurahan = await db.kelurahan.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, kecamatan: { select: { code: true, name: true } } } });
  const kbli = await db.kbli.findMany({ where: { level: "SUBCLASS" }, orderBy: { code: "asc" }, take: 20, select: { id: true, code: true } });
  return { kelurahan, kbli };
}

export async function staffMember(name = "Petugas Impor") {
  return db.user.create({
    data: { email: uniqueEmail("staf"), name, role: "STAFF", passwordHash: "hash", emailVerifiedAt: new Date() },
    select: { id: true, name: true },
  });
}

/** Creates and runs a batch of the file, with the headers as matched automatically. */
export async function importFile(
  kind: ImportKind,
  bytes: Uint8Array,
  fileName: string,
  options: { actorId: string | null; headers: string[]; decisions?: Record<number, "skip" | "create">; chunkSize?: number; onProgress?: (progress: ImportProgress) => void },
): Promise<{ batchId: string; counts: ImportCounts }> {
  const { mapping } = matchHeaders(kind, options.headers);
  const batchId = await createImportBatch(db, {
    kind,
    bytes,
    fileName,
    mapping,
    decisions: options.decisions,
    targetStatus: "DRAFT",
    actorId: options.actorId,
  });
  const counts = await runImportBatch(db, batchId, options.onProgress, { chunkSize: options.chunkSize });
  return { batchId, counts };
}
