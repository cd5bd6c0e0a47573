// The files staff download: an empty template per kind (the SME one has the dashboard's SIINas
// columns), and the invalid rows of a file with their messages in an extra "Kesalahan" column,
// to fix and upload again. XLSX, every cell text, so NIB and phone numbers keep their digits.
import ExcelJS from "exceljs";
import { catalogs } from "@/lib/i18n/messages";
import { templateHeaders } from "./fields";
import type { ImportKind, ImportSheet, RowError } from "./types";

const sheetTitles: Record<ImportKind, string> = { smes: "IKM", products: "Produk", buyers: "Pembeli" };

async function workbookOf(title: string, headers: string[], rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Temu Usaha";
  const sheet = workbook.addWorksheet(title, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({ header, width: Math.max(12, Math.min(40, header.length + 2)), style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function templateWorkbook(kind: ImportKind): Promise<Buffer> {
  return workbookOf(sheetTitles[kind], templateHeaders(kind), []);
}

/** The rows that have errors, in file order, with the file's headers and "Kesalahan" last. */
export async function invalidRowsWorkbook(sheet: ImportSheet, errors: RowError[]): Promise<Buffer> {
  const byRow = new Map<number, string[]>();
  for (const error of errors) {
    const list = byRow.get(error.row) ?? [];
    list.push(`${error.column}: ${error.message}`);
    byRow.set(error.row, list);
  }
  const rows = sheet.rows.flatMap((cells, index) => {
    const messages = byRow.get(sheet.rowNumbers[index]!);
    return messages ? [[...cells, messages.join("; ")]] : [];
  });
  return workbookOf("Kesalahan", [...sheet.headers, catalogs.id.ImportErrors.invalidColumn], rows);
}
