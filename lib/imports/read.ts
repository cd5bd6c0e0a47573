// Reads an uploaded spreadsheet (XLSX or CSV) into headers and rows of trimmed cell text, within
// the limits of issue 18: 20 MB and 20,000 data rows. Anything else is an ImportFileError with an
// Indonesian message. Only the first worksheet of a workbook is read (the SIINas download puts
// its summary on the second).
import ExcelJS from "exceljs";
import { isoDay } from "@/lib/downloads/csv";
import { decodeText, parseCsv } from "./csv";
import { ImportFileError, type ImportFileErrorCode } from "./errors";
import type { ImportSheet } from "./types";
import { rowMessage } from "./values";

export const maxImportBytes = 20 * 1024 * 1024;
export const maxImportRows = 20_000;

function fail(code: ImportFileErrorCode, values: Record<string, string | number> = {}): never {
  throw new ImportFileError(code, rowMessage(`ImportErrors.file.${code}`, values));
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/** A cell's value as the text a person sees (numbers without exponent, dates as YYYY-MM-DD). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDay(value);
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(Math.round(value)).toString() : String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "Ya" : "Tidak";
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? "");
  if ("error" in value) return "";
  return "";
}

async function xlsxRecords(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    fail("unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) fail("empty");
  // Far more rows than allowed (blank rows included) is refused before reading them one by one.
  if (sheet.actualRowCount > maxImportRows + 1) fail("tooManyRows", { max: maxImportRows });
  const width = sheet.columnCount;
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(cellText(row.getCell(column).value));
    records[rowNumber - 1] = cells;
  });
  for (let index = 0; index < records.length; index += 1) records[index] ??= [];
  return records;
}

function csvRecords(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  if (text.includes("\u0000")) fail("unreadable");
  const { records, tooMany } = parseCsv(text, maxImportRows + 1);
  if (tooMany) fail("tooManyRows", { max: maxImportRows });
  return records;
}

/** The sheet: headers from the first row, data rows below it with their row numbers, blank rows dropped. */
export function sheetFrom(fileName: string, records: string[][]): ImportSheet {
  const headerCells = (records[0] ?? []).map((cell) => cell.trim());
  // Trailing blank header cells are not columns.
  let width = headerCells.length;
  while (width > 0 && headerCells[width - 1] === "") width -= 1;
  if (width === 0) fail(records.length === 0 ? "empty" : "noHeaders");
  const headers = headerCells.slice(0, width);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let index = 1; index < records.length; index += 1) {
    const cells = headers.map((_, column) => (records[index]![column] ?? "").trim());
    if (cells.every((cell) => cell === "")) continue;
    rows.push(cells);
    rowNumbers.push(index + 1);
  }
  if (rows.length === 0) fail("empty");
  if (rows.length > maxImportRows) fail("tooManyRows", { max: maxImportRows });
  return { fileName, headers, rows, rowNumbers };
}

export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ImportSheet> {
  if (bytes.byteLength > maxImportBytes) {
    fail("tooLarge", { sizeMb: (bytes.byteLength / 1024 / 1024).toFixed(1), maxMb: maxImportBytes / 1024 / 1024 });
  }
  if (bytes.byteLength === 0) fail("empty");
  const lowerName = fileName.toLowerCase();
  if (startsWith(bytes, zipSignature)) return sheetFrom(fileName, await xlsxRecords(bytes));
  if (startsWith(bytes, oleSignature) || /\.(xls|xlsb|ods|numbers|pdf|docx?)$/.test(lowerName)) fail("unsupportedType");
  if (/\.xlsx$/.test(lowerName)) fail("unreadable");
  return sheetFrom(fileName, csvRecords(bytes));
}
