// Bulk import: a run stopped half way resumes after its last whole chunk with no row half
// imported or imported twice; the dashboard's SIINas XLSX download (lib/reports) of the demo data
// imports into a fresh database with every row valid; the SME template has the download's columns.
import { PassThrough } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { takeoverQueue } from "@/lib/assisted/takeover-job";
import { createImportBatch, importBatchProgress, runImportBatch } from "@/lib/imports/batch";
import { matchHeaders } from "@/lib/imports/fields";
import { previewImport } from "@/lib/imports/preview";
import { readImportFile } from "@/lib/imports/read";
import { templateWorkbook } from "@/lib/imports/template";
import type { ImportProgress } from "@/lib/imports/types";
import { enterpriseDataset } from "@/lib/reports/datasets";
import { noFilters } from "@/lib/reports/filters";
import { writeXlsx } from "@/lib/reports/xlsx";
import { seedDemoData } from "@/lib/seed/demo";
import { resetData } from "./reset";
import { csvBytes, importFile, places, staffMember } from "./support/imports";

async function siinasDownload(): Promise<Uint8Array> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => output.on("end", resolve));
  await writeXlsx(enterpriseDataset, noFilters, output, [["Data", enterpriseDataset.title]]);
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

class Interrupted extends Error {}

describe("import runs", () => {
  beforeEach(async () => {
    await resetData();
  });

  it("resumes an interrupted run after its last whole chunk, with no row half imported or imported twice", async () => {
    const place = await places();
    const staff = await staffMember();
    const headers = ["NIB", "Nama usaha", "Kecamatan", "Kelurahan", "Email", "Tenaga kerja (orang)"];
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const kelurahan = place.kelurahan[i % place.kelurahan.length]!;
      return [String(9_400_000_000_000 + i), `Konveksi Lanjut ${i}`, kelurahan.kecamatan.name, kelurahan.name, i % 2 ? "" : `lanjut${i}@contoh.test`, String(i % 30)];
    });
    const bytes = csvBytes([headers, ...rows]);
    const { mapping } = matchHeaders("smes", headers);
    const batchId = await createImportBatch(db, { kind: "smes", bytes, fileName: "lanjut.csv", mapping, targetStatus: "SUBMITTED", actorId: staff.id });

    // The process "dies" right after the third chunk committed.
    const seen: number[] = [];
    const stopAfterThree = (progress: ImportProgress) => {
      seen.push(progress.processed);
      if (progress.processed === 300) throw new Interrupted("stopped");
    };
    await expect(runImportBatch(db, batchId, stopAfterThree, { chunkSize: 100 })).rejects.toBeInstanceOf(Interrupted);
    expect(seen).toEqual([100, 200, 300]);
    expect(await importBatchProgress(db, batchId)).toMatchObject({ processed: 300, total: 1000, counts: null });
    // Exactly the rows of the whole chunks are there, with their owners and invitations.
    expect(await db.enterprise.count()).toBe(300);
    expect(await db.user.count({ where: { role: "SME" } })).toBe(150);
    expect(await db.job.count({ where: { queue: takeoverQueue } })).toBe(150);

    const counts = await runImportBatch(db, batchId, undefined, { chunkSize: 100 });
    expect(counts).toEqual({ rows: 1000, valid: 1000, invalid: 0, created: 1000, updated: 0, unchanged: 0 });
    expect(await db.enterprise.count()).toBe(1000);
    expect(await db.enterprise.count({ where: { status: "SUBMITTED", assistedById: staff.id } })).toBe(1000);
    expect(await db.importedRecord.count()).toBe(1000);
    expect(await db.job.count({ where: { queue: takeoverQueue } })).toBe(500);
    expect((await importBatchProgress(db, batchId))?.status).toBe("DONE");
    // A finished batch run again changes nothing.
    expect(await runImportBatch(db, batchId)).toEqual(counts);
    expect(await db.enterprise.count()).toBe(1000);
  });

  it("refuses a mapping to fields the kind does not have, or a file it cannot read, and stores nothing", async () => {
    const bytes = csvBytes([["Nama usaha", "Kecamatan"], ["Tahu Pong Gajah", "Semarang Tengah"]]);
    const base = { kind: "smes" as const, bytes, fileName: "a.csv", targetStatus: "DRAFT" as const, actorId: null };
    await expect(createImportBatch(db, { ...base, mapping: ["legalName", "passwordHash"] })).rejects.toThrow();
    await expect(createImportBatch(db, { ...base, mapping: ["legalName", "kecamatan"], decisions: { 2: "merge" as "skip" } })).rejects.toThrow();
    await expect(createImportBatch(db, { ...base, fileName: "a.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), mapping: [] })).rejects.toMatchObject({ code: "unsupportedType" });
    expect(await db.importBatch.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("imports the dashboard's SIINas XLSX download into a fresh database with every row valid", async () => {
    await seedDemoData(db);
    const exported = await db.enterprise.findMany({ orderBy: { nib: "asc" }, select: { legalName: true, nib: true, kecamatanCode: true, kelurahanCode: true, workforce: true, annualSalesRupiah: true, primaryKbliId: true, whatsapp: true } });
    expect(exported.length).toBeGreaterThan(0);
    const bytes = await siinasDownload();
    await resetData();

    const sheet = await readImportFile(bytes, "IKM.xlsx");
    const { mapping, unknown, missingRequired } = matchHeaders("smes", sheet.headers);
    expect(unknown).toEqual([]);
    expect(missingRequired).toEqual([]);
    const preview = await previewImport(db, "smes", sheet, mapping);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ new: exported.length, update: 0, unchanged: 0, invalid: 0 });

    const { counts } = await importFile("smes", bytes, "IKM.xlsx", { actorId: null, headers: sheet.headers });
    expect(counts).toMatchObject({ rows: exported.length, valid: exported.length, invalid: 0, created: exported.length });
    const imported = await db.enterprise.findMany({ orderBy: { nib: "asc" }, select: { legalName: true, nib: true, kecamatanCode: true, kelurahanCode: true, workforce: true, annualSalesRupiah: true, primaryKbliId: true, whatsapp: true } });
    // WhatsApp numbers are stored as the profile form normalises them (the demo seeds "+62..."): same digits.
    const digits = (rows: typeof exported) => rows.map((row) => ({ ...row, whatsapp: row.whatsapp?.replace(/\D/g, "") ?? null }));
    expect(digits(imported)).toEqual(digits(exported));
  });

  it("gives the SME template exactly the columns of the SIINas download", async () => {
    const sheet = await readImportFile(new Uint8Array(await templateWorkbook("smes")), "template.xlsx").catch((error: unknown) => error);
    // An empty template has headers and no rows: reading it says so.
    expect(sheet).toMatchObject({ code: "empty" });
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateWorkbook("smes")) as unknown as ArrayBuffer);
    const headers = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(enterpriseDataset.columns.map((column) => column.header));
  });
});
