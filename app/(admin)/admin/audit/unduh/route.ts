// GET /admin/audit/unduh?actor=&entityType=&entityId=&action=&from=&to=: the audit log with the
// viewer's filters as CSV (at most auditExportCap rows, newest first).
import { Readable } from "node:stream";
import { auditCsvChunks, auditExportFileName, recordAuditExport } from "@/lib/audit/export";
import { parseAuditFilters } from "@/lib/audit/filters";
import { requireRoute } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";

export async function GET(request: Request): Promise<Response> {
  // Signed out: back to the viewer after signing in, rather than straight into a download.
  const user = await requireRoute("/admin/audit/unduh", "/admin/audit");
  const parsed = parseAuditFilters(new URL(request.url).searchParams);
  if (!parsed.ok) {
    // The page's form shows which field is wrong; a hand-made link only needs to be refused.
    return new Response("Filter tidak valid: buka /admin/audit untuk memperbaikinya.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { filters } = parsed;
  // Reading the log is itself an access to personal data (emails, IP addresses): it is kept.
  await recordAuditExport(user.id, filters, clientIp(request.headers));
  return new Response(Readable.toWeb(Readable.from(auditCsvChunks(filters))) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${auditExportFileName(new Date())}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
