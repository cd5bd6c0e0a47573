// Issue 8's acceptance: staff open the programme dashboard, read the number of registered SMEs
// and their workforce, download the SMEs as XLSX, and the file's rows and totals match the
// dashboard, and the database when the run has one (E2E_DATABASE_URL; the embedded database
// belongs to the server process alone). Anonymous visitors get no file.
import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import pg from "pg";
import { demoPassword as password, signIn } from "./support/accounts";

const databaseUrl = process.env.E2E_DATABASE_URL?.trim();

/** "20.000" (id-ID) -> 20000 */
const wholeNumber = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

async function figure(page: Page, name: string): Promise<number> {
  const figures = page.getByRole("region", { name: "Angka utama" });
  const item = figures.locator("div").filter({ has: page.getByText(name, { exact: true }) });
  return wholeNumber(await item.locator("dd").textContent());
}

test("staff download the SMEs as XLSX: rows and totals equal the dashboard's and the database's", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.81" } });
  const page = await context.newPage();
  await signIn(page, "staf@temu-usaha.test", password);
  await expect(page).toHaveURL(/\/staf$/);
  await page.goto("/staf/dasbor");
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor program" })).toBeVisible();

  const total = await figure(page, "IKM terdaftar");
  expect(total).toBeGreaterThan(0);
  const totals = page.getByRole("table", { name: "Jumlah IKM dan isian SIINas" });
  expect(wholeNumber(await totals.getByRole("row", { name: /Jumlah IKM/ }).getByRole("cell").textContent())).toBe(total);
  const workforce = wholeNumber(await totals.getByRole("row", { name: /Tenaga kerja/ }).getByRole("cell").textContent());
  // Every chart is an image named with its numbers, and its table shows them.
  await expect(page.getByRole("img", { name: /^Diagram batang IKM per status kurasi: .*Terbit/ })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "XLSX Data IKM (isian SIINas)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^temu-usaha-ikm-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path()) ?? "") as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("IKM");
  if (!sheet) throw new Error("The file has no IKM sheet");
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const workforceColumn = headers.indexOf("Tenaga kerja (orang)") + 1;
  expect(workforceColumn).toBeGreaterThan(0);
  for (const energy of ["Listrik per bulan (kWh)", "Bahan bakar per bulan", "Satuan bahan bakar", "Gas per bulan", "Satuan gas"]) expect(headers).toContain(energy);
  let rows = 0;
  let workforceSum = 0;
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows += 1;
    workforceSum += Number(row.getCell(workforceColumn).value ?? 0);
  });
  expect(rows).toBe(total);
  expect(workforceSum).toBe(workforce);
  const summary = new Map<string, unknown>();
  workbook.getWorksheet("Ringkasan")?.eachRow((row) => summary.set(String(row.getCell(1).value), row.getCell(2).value));
  expect(summary.get("Jumlah baris")).toBe(total);
  expect(summary.get("Total Tenaga kerja (orang)")).toBe(workforce);

  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows: [database] } = await client.query<{ n: number; workforce: number }>(
        `SELECT count(*)::int AS n, coalesce(sum(workforce), 0)::int AS workforce FROM "Enterprise"`,
      );
      expect(database).toEqual({ n: total, workforce: workforceSum });
    } finally {
      await client.end();
    }
  }
  await context.close();
});

test("anonymous visitors get no file: they are sent to sign in", async ({ request }) => {
  const response = await request.get("/staf/dasbor/unduh/ikm?format=xlsx", { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(response.status());
  expect(response.headers()["location"]).toMatch(/\/masuk\?callbackUrl=%2Fstaf%2Fdasbor/);
  expect(response.headers()["content-disposition"]).toBeUndefined();
});
