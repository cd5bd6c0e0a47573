// A download of one dataset as CSV or XLSX, streamed: the response starts while later rows are
// still being read.
import { PassThrough, Readable } from "node:stream";
import { csvBom, csvLine } from "@/lib/downloads/csv";
import { downloadFileName } from "@/lib/downloads/file-name";
import type { Dataset } from "./columns";
import type { ReportFilters } from "./filters";
import { type SummaryLine, writeXlsx } from "./xlsx";

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function parseExportFormat(value: string | null): ExportFormat | null {
  return (exportFormats as readonly string[]).includes(value ?? "") ? (value as ExportFormat) : null;
}

export async function* csvChunks<Row>(dataset: Dataset<Row>, filters: ReportFilters, batchSize = 2000): AsyncGenerator<string> {
  yield csvBom + csvLine(dataset.columns.map((column) => column.header));
  for await (const batch of dataset.batches(filters, batchSize)) {
    yield batch.map((row) => csvLine(dataset.columns.map((column) => column.value(row)))).join("");
  }
}

async function* utf8(chunks: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk, "utf8");
}

function xlsxStream<Row>(dataset: Dataset<Row>, filters: ReportFilters, summary: readonly SummaryLine[]): Readable {
  const output = new PassThrough();
  writeXlsx(dataset, filters, output, summary).catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

export function exportResponse<Row>(
  dataset: Dataset<Row>,
  format: ExportFormat,
  filters: ReportFilters,
  summary: readonly SummaryLine[],
  now: Date = new Date(),
): Response {
  const body = format === "csv" ? Readable.from(utf8(csvChunks(dataset, filters))) : xlsxStream(dataset, filters, summary);
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="${downloadFileName(dataset.slug, format, now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
