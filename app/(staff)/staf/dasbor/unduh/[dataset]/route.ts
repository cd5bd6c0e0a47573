// GET /staf/dasbor/unduh/[dataset]?format=csv|xlsx&event=&from=&to=: one of the dashboard's
// datasets (lib/reports/datasets.ts) as a file, with the dashboard's filters.
import { requireRoute } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { findDataset } from "@/lib/reports/datasets";
import { recordReportDownload } from "@/lib/reports/download";
import { exportResponse, parseExportFormat } from "@/lib/reports/export";
import { parseReportFilters } from "@/lib/reports/filters";
import { describeFilters } from "@/lib/reports/summary";

export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }): Promise<Response> {
  const { dataset: slug } = await params;
  const url = new URL(request.url);
  // Signed out: back to the dashboard after signing in, rather than straight into a download.
  const user = await requireRoute("/staf/dasbor/unduh/[dataset]", "/staf/dasbor");
  const dataset = findDataset(slug);
  const format = parseExportFormat(url.searchParams.get("format"));
  if (!dataset || !format) return new Response("Not found", { status: 404 });
  const filters = parseReportFilters(url.searchParams);
  const now = new Date();
  const summary = await describeFilters(dataset, filters, now);
  // The files hold businesses' contact data: who downloaded what is kept.
  await recordReportDownload(user.id, dataset.slug, format, filters, clientIp(request.headers));
  return exportResponse(dataset, format, filters, summary, now);
}
