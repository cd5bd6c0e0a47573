// Writes a dataset as an .xlsx workbook with exceljs's streaming writer: rows are committed to
// the output as they are read, a batch at a time, so a 20,000-row export never sits in memory
// whole. Sheet one holds the rows under a frozen, filterable header; sheet two ("Ringkasan")
// the filters, the row count and the totals. Text cells are always written as text, never as
// formulas, so no formula guard is needed here (the CSV writer has one).
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { type CellValue, isoDay } from "@/lib/downloads/csv";
import { type ColumnKind, createTotals, type Dataset } from "./columns";
import type { ReportFilters } from "./filters";

const numberFormats: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  rupiah: "#,##0",
  date: "dd/mm/yyyy",
};

/** Excel dates carry no time zone: the Jakarta calendar day, as midnight UTC of that day. */
function xlsxCell(value: CellValue): CellValue {
  return value instanceof Date ? new Date(`${isoDay(value)}T00:00:00Z`) : value;
}

export type SummaryLine = [label: string, value: string];

export async function writeXlsx<Row>(
  dataset: Dataset<Row>,
  filters: ReportFilters,
  output: Writable,
  summary: readonly SummaryLine[],
  batchSize = 2000,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Temu Usaha";
  const sheet = workbook.addWorksheet(dataset.title, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = dataset.columns.map((column, index) => ({
    key: String(index),
    header: column.header,
    width: column.width ?? Math.max(12, Math.min(40, column.header.length + 2)),
    style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: dataset.columns.length } };
  sheet.getRow(1).commit();

  const totals = createTotals(dataset.columns);
  let rows = 0;
  for await (const batch of dataset.batches(filters, batchSize)) {
    for (const row of batch) {
      sheet.addRow(dataset.columns.map((column) => xlsxCell(column.value(row)))).commit();
      totals.add(row);
      rows += 1;
    }
  }
  sheet.commit();

  const sheetSummary = workbook.addWorksheet("Ringkasan");
  sheetSummary.columns = [{ width: 44 }, { width: 36 }];
  for (const [labelText, value] of summary) sheetSummary.addRow([labelText, value]).commit();
  sheetSummary.addRow(["Jumlah baris", rows]).commit();
  for (const [header, total] of totals.entries()) {
    const line = sheetSummary.addRow([`Total ${header}`, total]);
    line.getCell(2).numFmt = "#,##0";
    line.commit();
  }
  for (const note of dataset.notes ?? []) sheetSummary.addRow([note]).commit();
  sheetSummary.commit();
  await workbook.commit();
  return rows;
}
