// The record of a dashboard download (GET /staf/dasbor/unduh/[dataset]): the files hold
// businesses' contact data, so who downloaded which dataset, in which format and with which
// filters, is kept in the audit log.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import type { ExportFormat } from "./export";
import type { ReportFilters } from "./filters";

export async function recordReportDownload(actorId: string, datasetSlug: string, format: ExportFormat, filters: ReportFilters, ip: string): Promise<void> {
  await recordAudit(db, { actorId, action: "report.export", entityType: "Report", entityId: datasetSlug, data: { format, ...filters }, ip });
}
