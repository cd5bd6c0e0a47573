import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "./errors";
import { zipOf } from "@/tests/support/zip";
import { maxImportBytes, maxImportRows, readImportFile } from "./read";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("IKM");
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet("Ringkasan").addRow(["Jumlah baris", rows.length - 1]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe("reading CSV", () => {
  it("reads semicolons, a BOM, quotes with separators and line breaks, and CRLF", async () => {
    const text = '\uFEFFNama Usaha;Alamat;NIB\r\n"Batik ""Sekar"" Jagad";"Jl. Pemuda; No. 5\r\nSemarang";1234567890123\r\n;;\r\nTahu Bakso;Jl. A;\r\n';
    const sheet = await readImportFile(utf8(text), "ikm.csv");
    expect(sheet.headers).toEqual(["Nama Usaha", "Alamat", "NIB"]);
    expect(sheet.rows).toEqual([
      ['Batik "Sekar" Jagad', "Jl. Pemuda; No. 5\r\nSemarang", "1234567890123"],
      ["Tahu Bakso", "Jl. A", ""],
    ]);
    // The blank line (row 3) is dropped; numbers are those of the file.
    expect(sheet.rowNumbers).toEqual([2, 4]);
  });

  it("reads commas and trims cells; short rows are padded", async () => {
    const sheet = await readImportFile(utf8("NIB, Nama Usaha ,Kecamatan\n 1 ,  A  \n"), "a.csv");
    expect(sheet.headers).toEqual(["NIB", "Nama Usaha", "Kecamatan"]);
    expect(sheet.rows).toEqual([["1", "A", ""]]);
  });

  it("reads Windows-1252 text that is not UTF-8", async () => {
    const bytes = new Uint8Array([...utf8("Nama;Kota\nCaf"), 0xe9, ...utf8(";Semarang\n")]);
    const sheet = await readImportFile(bytes, "lama.csv");
    expect(sheet.rows).toEqual([["Café", "Semarang"]]);
  });
});

describe("reading XLSX", () => {
  it("reads the first sheet: numbers without exponent, dates as days", async () => {
    const bytes = await xlsx([
      ["NIB", "Nama usaha", "Terdaftar di portal", "Tenaga kerja"],
      [1234567890123, "  Batik Sekar  ", new Date("2026-03-01T00:00:00Z"), 12],
      [null, null, null, null],
      ["0012", "Tahu", null, 3],
    ]);
    const sheet = await readImportFile(bytes, "ikm.xlsx");
    expect(sheet.headers).toEqual(["NIB", "Nama usaha", "Terdaftar di portal", "Tenaga kerja"]);
    expect(sheet.rows).toEqual([
      ["1234567890123", "Batik Sekar", "2026-03-01", "12"],
      ["0012", "Tahu", "", "3"],
    ]);
    expect(sheet.rowNumbers).toEqual([2, 4]);
  });
});

describe("file limits", () => {
  it("refuses a file over 20 MB", async () => {
    const error = await refusal(readImportFile(new Uint8Array(maxImportBytes + 1), "besar.csv"));
    expect(error.code).toBe("tooLarge");
    expect(error.message).toMatch(/paling besar 20 MB/);
  });

  it("refuses more than 20,000 data rows and accepts exactly 20,000", async () => {
    const line = "Toko A;Semarang Tengah\n";
    const ok = await readImportFile(utf8(`Nama Usaha;Kecamatan\n${line.repeat(maxImportRows)}`), "ok.csv");
    expect(ok.rows).toHaveLength(maxImportRows);
    const error = await refusal(readImportFile(utf8(`Nama Usaha;Kecamatan\n${line.repeat(maxImportRows + 1)}`), "banyak.csv"));
    expect(error.code).toBe("tooManyRows");
    expect(error.message).toMatch(/20000 baris/);
  });

  it("refuses old .xls, broken .xlsx, empty files and files without headers", async () => {
    expect((await refusal(readImportFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), "lama.xls"))).code).toBe("unsupportedType");
    expect((await refusal(readImportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), "rusak.xlsx"))).code).toBe("unreadable");
    expect((await refusal(readImportFile(new Uint8Array(), "kosong.csv"))).code).toBe("empty");
    expect((await refusal(readImportFile(utf8("Nama Usaha;Kecamatan\n;;\n"), "judul.csv"))).code).toBe("empty");
    expect((await refusal(readImportFile(utf8(";;\nA;B\n"), "tanpa-judul.csv"))).code).toBe("noHeaders");
  });
});

describe("hostile workbooks", () => {
  it("refuses a workbook that unpacks to far more than a 20,000-row sheet could need, before reading it", async () => {
    // 0.2 MB on the wire, 160 MB unpacked: a ZIP bomb that would hold the server's memory.
    const bomb = zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(160 * 1024 * 1024, 0x20) }]);
    expect(bomb.byteLength).toBeLessThan(maxImportBytes);
    const error = await refusal(readImportFile(bomb, "bom.xlsx"));
    expect(error.code).toBe("tooLargeUnpacked");
    expect(error.message).toMatch(/setelah dibuka/);
  });

  it("refuses a sheet wider than any import needs instead of reading every empty cell", async () => {
    const header = Array.from({ length: 400 }, (_, index) => `Kolom ${index + 1}`);
    const error = await refusal(readImportFile(await xlsx([header, ["A"]]), "lebar.xlsx"));
    expect(error.code).toBe("tooManyColumns");
    expect(error.message).toMatch(/200 kolom/);
  });

  it("still reads a workbook whose archive is well formed and modest", async () => {
    const sheet = await readImportFile(await xlsx([["NIB", "Nama usaha"], ["1234567890123", "Batik Sekar"]]), "ok.xlsx");
    expect(sheet.rows).toEqual([["1234567890123", "Batik Sekar"]]);
  });
});

