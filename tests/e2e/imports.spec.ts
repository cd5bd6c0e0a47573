// Bulk import from the staff desk (issue 18), in the browser: staff download the SME template,
// fill it (with exceljs, as an office would in a spreadsheet) with two good rows and one bad
// one, upload it, see the bad row's message in the preview, import, watch the progress page
// finish, and find the new SMEs in the assisted list; then an owner takes the account over from
// the invitation email the import sent.
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import ExcelJS from "exceljs";
import { expect, type Page, test } from "@playwright/test";
import { demoPassword, linkFromMail, signIn, uniqueEmail } from "./support/accounts";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.141" } });

type Row = Record<string, string>;

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's serious and critical violations on the page as it stands (ids only). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id);
  });
}

/** The template's rows filled in under its own headers (the header row stays as downloaded). */
async function filledTemplate(templatePath: string, rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(templatePath)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map((value) => (typeof value === "string" ? value : ""));
  for (const row of rows) {
    for (const header of Object.keys(row)) expect(headers, `the template has a column "${header}"`).toContain(header);
    sheet.addRow(headers.slice(1).map((header) => row[header] ?? ""));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("staff import SMEs from the template, and an owner takes the account over from the invitation", async ({ page }) => {
  // A build's worth of pages, a background job, an email round trip and a password hash.
  test.setTimeout(120_000);
  const suffix = `${Date.now() % 100_000}${Math.random().toString(36).slice(2, 5)}`;
  const ownerEmail = uniqueEmail("impor-pemilik");
  const good = [
    { "Nama usaha": `UD Bandeng Impor ${suffix}`, "Bentuk usaha": "UD", Kecamatan: "Semarang Tengah", Kelurahan: "Sekayu", Email: ownerEmail },
    { "Nama usaha": `CV Lumpia Impor ${suffix}`, "Bentuk usaha": "CV", Kecamatan: "Semarang Tengah", Kelurahan: "Pekunden" },
  ];
  const bad = { "Nama usaha": `UD Salah Kecamatan ${suffix}`, "Bentuk usaha": "UD", Kecamatan: "Atlantis" };

  await signIn(page, "staf@temu-usaha.test", demoPassword);
  await expect(page).toHaveURL(/\/staf$/);
  await page.getByRole("navigation", { name: "Navigasi meja kerja" }).getByRole("link", { name: "Impor data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impor data");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat IKM" }).click();
  const template = await downloading;
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await filledTemplate(await template.path(), [good[0]!, bad, good[1]!]);

  await page.getByRole("link", { name: "Impor IKM" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impor IKM");
  await page.getByLabel("Berkas lembar kerja").setInputFiles({
    name: `ikm-${suffix}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();

  // The preview: nothing saved yet; two new, one invalid, with its row number (3: after the header and the first row) and message.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Pratinjau ikm-${suffix}.xlsx`);
  await expect(page.getByTestId("preview-new")).toHaveText("2");
  await expect(page.getByTestId("preview-invalid")).toHaveText("1");
  const errors = page.getByRole("table", { name: "Baris tidak valid" });
  const badRow = errors.getByRole("row").filter({ hasText: "Atlantis" });
  await expect(badRow.getByRole("rowheader")).toHaveText("3");
  await expect(badRow).toContainText('Kecamatan "Atlantis" tidak ada di kota ini.');
  await expect(page.getByRole("link", { name: /Unduh baris tidak valid/ })).toBeVisible();
  expect(await seriousViolations(page), "axe on the preview").toEqual([]);

  await page.getByLabel(/^Draf/).check();
  await page.getByRole("button", { name: "Impor", exact: true }).click();

  // The progress page, which refreshes itself until the summary shows; a reload keeps it.
  await expect(page).toHaveURL(/\/staf\/impor\/[a-z0-9]+$/);
  await expect(page.getByRole("progressbar", { name: "Kemajuan impor" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ringkasan" })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole("progressbar", { name: "Kemajuan impor" })).toHaveAttribute("aria-valuenow", "3");
  await page.reload();
  await expect(page.getByTestId("import-created")).toHaveText("2");
  await expect(page.getByTestId("import-invalid")).toHaveText("1");
  expect(await seriousViolations(page), "axe on the summary").toEqual([]);

  // The import is on the desk's list, and the new SMEs are in the assisted list.
  await page.getByRole("link", { name: "Kembali ke Impor data" }).click();
  await expect(page.getByRole("table", { name: "Riwayat impor" }).getByRole("row").filter({ hasText: `ikm-${suffix}.xlsx` })).toContainText("Selesai");
  await page.goto(`/staf/ikm?q=${encodeURIComponent(suffix)}`);
  await expect(page.getByRole("row").filter({ hasText: good[0]!["Nama usaha"] })).toContainText("Menunggu diambil alih");
  await expect(page.getByRole("row").filter({ hasText: good[1]!["Nama usaha"] })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: bad["Nama usaha"] })).toHaveCount(0);

  // The owner, in a browser nobody is signed in to, takes the account over from the email.
  const password = "bandeng presto duri lunak";
  await page.context().clearCookies();
  await page.goto(await linkFromMail(ownerEmail, /Temu Usaha/));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terima undangan");
  await expect(page.getByLabel("Email")).toHaveValue(ownerEmail);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByLabel("Ulangi kata sandi").fill(password);
  await page.getByRole("button", { name: "Aktifkan akun" }).click();
  await expect(page.getByRole("heading", { name: "Akun Anda aktif" })).toBeVisible();
  await signIn(page, ownerEmail, password);
  await expect(page).toHaveURL(/\/ikm$/);
  await expect(page.getByText(good[0]!["Nama usaha"], { exact: true }).first()).toBeVisible();
});
