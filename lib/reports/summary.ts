// The first lines of an XLSX file's summary sheet: what the file holds and which filters made
// it, in Indonesian like the rest of the file. The filters are described as understood (after
// parsing), so a summary never claims a filter that was dropped.
import "server-only";
import { db } from "@/lib/db";
import { periodBounds } from "@/lib/forms/period";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Dataset } from "./columns";
import type { ReportFilters } from "./filters";
import type { SummaryLine } from "./xlsx";

export async function describeFilters(dataset: Pick<Dataset<unknown>, "title">, filters: ReportFilters, now: Date): Promise<SummaryLine[]> {
  const event = filters.eventId ? await db.event.findUnique({ where: { id: filters.eventId }, select: { title: true, quarter: true } }) : null;
  const { start, end } = periodBounds(filters);
  const lastDay = end ? new Date(end.getTime() - 1) : null;
  const period =
    start && lastDay ? `${formatDate(start, "id")} – ${formatDate(lastDay, "id")}`
    : start ? `sejak ${formatDate(start, "id")}`
    : lastDay ? `sampai ${formatDate(lastDay, "id")}`
    : "Semua";
  return [
    ["Data", dataset.title],
    ["Diunduh", formatDateTime(now, "id")],
    ["Acara", filters.eventId ? (event ? `${event.title} (${event.quarter})` : "Tidak ditemukan") : "Semua acara"],
    ["Periode", period],
  ];
}
