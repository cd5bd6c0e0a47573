// Issue 8, item 5: an admin reads the audit log, narrows it to one action and one person with
// the filter form, and downloads the same rows as CSV. A malformed filter gets a message;
// staff cannot open the log.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { parseCsvLine } from "../../lib/seed/reference";
import { demoPassword as password, signIn } from "./support/accounts";
import { outsideDeskNav } from "./support/staff-desk";

const admin = "admin@temu-usaha.test";

test("an admin filters the log by an action and downloads the matching rows as CSV", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.85" } });
  const page = await context.newPage();
  await signIn(page, admin, password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Log audit" }).and(outsideDeskNav(page)).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log audit" })).toBeVisible();

  await page.getByLabel("Aksi", { exact: true }).selectOption("auth.sign-in");
  await page.getByLabel("Email pelaku memuat").fill(admin);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/action=auth\.sign-in/);
  const rows = page.getByRole("region", { name: /^Entri log audit/ }).locator("tbody tr");
  // This very sign-in is the newest row.
  await expect(rows.first()).toContainText(admin);
  await expect(rows.first()).toContainText("Masuk");
  const shown = await rows.allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const text of shown) expect(text).toContain("auth.sign-in");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^temu-usaha-log-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const body = fs.readFileSync((await download.path()) ?? "", "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = body.split("\r\n").filter(Boolean).map(parseCsvLine);
  expect(header?.slice(0, 5)).toEqual(["Waktu (WIB)", "Nama pelaku", "Email pelaku", "Kode aksi", "Aksi"]);
  expect(lines).toHaveLength(shown.length);
  for (const line of lines) expect([line[2], line[3], line[4]]).toEqual([admin, "auth.sign-in", "Masuk"]);
  await context.close();
});

test("a malformed date gets a message instead of a list", async ({ page }) => {
  await signIn(page, admin, password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/audit?from=2026-02-30");
  // Next.js keeps its own (empty) route announcer with role alert in the page too.
  await expect(page.getByRole("alert").filter({ hasText: "Filter belum bisa dipakai" })).toBeVisible();
  await expect(page.getByText("Tanggal tidak valid")).toBeVisible();
  await expect(page.getByRole("link", { name: "Unduh CSV" })).toHaveCount(0);
});

test("staff cannot open the audit log", async ({ page }) => {
  await signIn(page, "staf@temu-usaha.test", password);
  await expect(page).toHaveURL(/\/staf$/);
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/staf$/);
});
