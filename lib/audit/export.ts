// The audit log as CSV (the shared RFC 4180 writer, with its BOM and formula guard), streamed
// batch by batch. Capped at auditExportCap rows: when the filters match more, the file ends with
// a line that says so, so nobody takes a cut file for the whole log.
import { db } from "@/lib/db";
import { csvBom, csvLine } from "@/lib/downloads/csv";
import { downloadFileName } from "@/lib/downloads/file-name";
import catalog from "@/messages/audit-viewer.id.json";
import { type AuditFilters, isAuditAction } from "./filters";
import { recordAudit } from "./log";
import { auditExportCap, auditLogBatches, type AuditRow } from "./queries";

const headers = ["Waktu (WIB)", "Nama pelaku", "Email pelaku", "Kode aksi", "Aksi", "Jenis entitas", "ID entitas", "Data", "IP"];
const labels: Record<string, Record<string, string>> = catalog.AuditViewer.actions;

/** "2026-12-02 21:05:09": Jakarta time, sorts as text. */
export function wibDateTime(date: Date): string {
  return new Date(date.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 19).replace("T", " ");
}

export function actionLabel(action: string): string | null {
  if (!isAuditAction(action)) return null;
  const [group = "", name = ""] = action.split(/\.(.*)/s);
  return labels[group]?.[name] ?? null;
}

function auditCsvLine(row: AuditRow): string {
  return csvLine([
    wibDateTime(row.createdAt),
    row.actor?.name ?? "Sistem",
    row.actor?.email ?? null,
    row.action,
    actionLabel(row.action),
    row.entityType,
    row.entityId,
    row.data === null ? null : JSON.stringify(row.data),
    row.ip,
  ]);
}

export function truncationNote(cap: number): string {
  return `Catatan: berkas ini hanya memuat ${cap.toLocaleString("id-ID")} baris terbaru yang cocok; persempit filter untuk baris yang lebih lama.`;
}

export async function* auditCsvChunks(filters: AuditFilters, cap = auditExportCap): AsyncGenerator<Buffer> {
  yield Buffer.from(csvBom + csvLine(headers), "utf8");
  let written = 0;
  // One row past the cap tells whether the file is cut.
  for await (const batch of auditLogBatches(filters, cap + 1)) {
    const rows = batch.slice(0, cap - written);
    written += rows.length;
    if (rows.length > 0) yield Buffer.from(rows.map(auditCsvLine).join(""), "utf8");
    if (rows.length < batch.length) yield Buffer.from(csvLine([truncationNote(cap)]), "utf8");
  }
}

export function auditExportFileName(now: Date): string {
  return downloadFileName("log-audit", "csv", now);
}

/** Reading the log is itself an access to personal data (emails, IP addresses): each download is kept. */
export async function recordAuditExport(actorId: string, filters: AuditFilters, ip: string): Promise<void> {
  await recordAudit(db, { actorId, action: "audit.export", entityType: "AuditLog", data: { ...filters }, ip });
}
