import { expect, type Page, test } from "@playwright/test";
import { demoAccounts, demoPassword, signIn } from "./support/accounts";

// The production server starts the framework's scripts after the first paint
// (lib/admission/defer-scripts.ts, issue 16's LCP): the page must still hydrate everywhere, the
// scripts must really come after the paint, and a tap or a submit before hydration must not be
// lost, nor send the sign-in form's fields natively (in the address).

const chunks = "**/_next/static/chunks/*.js";

/** Holds every framework chunk until release() is called: the page stays unhydrated meanwhile. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunks, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Signed in as the demo SME, then `path` opened with the chunks held back: returns release(). */
async function openUnhydratedAsSme(page: Page, path: string): Promise<() => void> {
  await signIn(page, demoAccounts.sme);
  await expect(page).toHaveURL(/\/ikm$/);
  const release = await holdScripts(page);
  await page.goto(path);
  return release;
}

const hydrated = (page: Page) => expect(page.locator("html[data-hydrated]")).toHaveCount(1, { timeout: 15_000 });

test("every public page hydrates, and its scripts are requested only after its first contentful paint", async ({ page }) => {
  await page.goto("/katalog");
  const product = await page.locator('a[href^="/katalog/produk/"]').first().getAttribute("href");
  for (const path of ["/", "/katalog", "/katalog?q=batik", product ?? "/katalog", "/acara", "/masuk", "/daftar"]) {
    await page.goto(path);
    await hydrated(page);
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType("resource")
        .filter((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(entry.name).pathname))
        .map((entry) => entry.startTime),
    }));
    expect(timing.paint, path).not.toBeNull();
    expect(timing.scripts.length, path).toBeGreaterThan(0);
    expect(Math.min(...timing.scripts), path).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
  }
});

test("a sign-in sent before the page has hydrated waits for it, never goes out natively, and signs in", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(demoAccounts.sme);
  await page.getByLabel("Kata sandi").fill(demoPassword);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  // Held: no native submit put the password in the address.
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain("password");
  expect(page.url()).not.toContain(encodeURIComponent(demoPassword));
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.locator("html[data-hydrated]")).toHaveCount(0);
  release();
  await expect(page).toHaveURL(/\/ikm$/, { timeout: 15_000 });
});

test("a button pressed before the page has hydrated does its work once it has", async ({ page }) => {
  const release = await openUnhydratedAsSme(page, "/ikm");
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  await nav.getByRole("button", { name: "Keluar" }).click();
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/ikm$/);
  release();
  await expect(page).toHaveURL(/\/$/, { timeout: 15_000 });
  await expect(nav.getByRole("link", { name: "Masuk" })).toBeVisible();
});

test("a sort order chosen before the page has hydrated is applied once it has", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/katalog?q=batik");
  await page.getByLabel("Urutkan").selectOption("harga-terendah");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/katalog\?q=batik$/);
  release();
  await expect(page).toHaveURL(/urut=harga-terendah/, { timeout: 15_000 });
  await expect(page.getByLabel("Urutkan")).toHaveValue("harga-terendah");
});

test("a filter ticked before the page has hydrated is applied once it has", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/katalog?q=batik");
  const filters = page.getByRole("form", { name: "Saring hasil" });
  const kecamatan = filters.getByRole("group", { name: "Kecamatan" }).getByRole("checkbox").first();
  await kecamatan.check();
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/katalog\?q=batik$/);
  release();
  await expect(page).toHaveURL(/kecamatan=/, { timeout: 15_000 });
  await expect(page.getByText("1 saringan aktif")).toBeVisible();
});

test("a certificate type and number entered before the page has hydrated are checked once it has", async ({ page }) => {
  const release = await openUnhydratedAsSme(page, "/ikm/sertifikat");
  const form = page.getByRole("region", { name: "Tambah sertifikat" });
  // Both fields are controlled by the app: hydration alone would put back its state (HALAL, empty).
  await form.getByLabel("Jenis sertifikat").selectOption({ label: "BPOM MD" });
  await form.getByLabel("Nomor sertifikat").fill("ML123");
  release();
  await hydrated(page);
  await expect(form.getByText(/bukan nomor BPOM MD/)).toBeVisible();
  await expect(form.getByLabel("Jenis sertifikat")).toHaveValue("BPOM_MD");
  await expect(form.getByLabel("Nomor sertifikat")).toHaveValue("ML123");
});
