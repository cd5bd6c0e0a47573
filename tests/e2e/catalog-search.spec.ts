// Issue 5 acceptance for the public catalog search, as an anonymous visitor: a mistyped search
// ("batk tulis") still finds the seeded batik tulis products; ticking filters narrows the list,
// and the count beside each option is exactly what ticking it lists. Drafts and products of
// unpublished suppliers never appear. Read-only: uses the demo data (lib/seed/demo-data).
import { expect, type Locator, type Page, test } from "@playwright/test";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });

// Published demo products named "Batik Tulis ..." (lib/seed/demo-data/products-textile.ts).
const batikTulis = ["Batik Tulis Motif Asem Arang", "Batik Tulis Warna Alam Mahoni", "Kain Panjang Batik Tulis Halus"];

const results = (page: Page) => page.getByRole("list", { name: "Hasil katalog" });

/** The number in "12 produk untuk “...”". */
async function shownTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^\d+ produk untuk “/).textContent();
  return Number(text?.match(/^(\d+)/)?.[1] ?? Number.NaN);
}

/** The count in a checkbox's label, "Semarang Timur (3)". */
async function optionCount(option: Locator): Promise<number> {
  const label = await option.evaluate((input) => input.closest("label")?.textContent ?? "");
  return Number(label.match(/\((\d+)\)\s*$/)?.[1] ?? Number.NaN);
}

async function expectListed(page: Page, total: number) {
  await expect.poll(() => shownTotal(page)).toBe(total);
  // Totals here stay under one page (12), so the list shows them all.
  await expect(results(page).getByRole("listitem")).toHaveCount(total);
}

test("a visitor finds batik tulis despite a typo, and filter counts match what ticking them lists", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/katalog");
  await page.getByRole("searchbox", { name: "Cari produk" }).fill("batk tulis");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/\/katalog\?q=batk\+tulis$/);

  // The typo still finds the batik tulis products, and says the match is approximate.
  await expect(page.getByText("Tidak ada produk yang persis cocok dengan “batk tulis”. Ditampilkan hasil untuk “batik tulis”.")).toBeVisible();
  for (const name of batikTulis) {
    await expect(results(page).getByRole("link", { name, exact: true })).toBeVisible();
  }
  const unfiltered = await shownTotal(page);
  await expect(results(page).getByRole("listitem")).toHaveCount(Math.min(unfiltered, 12));

  // The filters sit in a panel that phones show collapsed (details/summary) and wide screens open.
  const filters = page.getByRole("form", { name: "Saring hasil" });
  const kecamatan = filters.getByRole("group", { name: "Kecamatan" }).getByRole("checkbox");
  if (!(await kecamatan.first().isVisible())) await page.getByText("Saring hasil", { exact: true }).click();
  await expect(kecamatan.first()).toBeVisible();
  const firstKecamatan = kecamatan.first();
  const kecamatanCount = await optionCount(firstKecamatan);
  expect(kecamatanCount).toBeGreaterThan(0);
  expect(kecamatanCount).toBeLessThanOrEqual(unfiltered);

  // Ticking the option applies it at once: the list shows exactly the option's count.
  await firstKecamatan.check();
  await expect(page).toHaveURL(/kecamatan=/);
  // Empty number boxes stay out of the shareable URL.
  expect(page.url()).not.toMatch(/kapasitas=|harga_min=|harga_maks=/);
  await expectListed(page, kecamatanCount);
  await expect(page.getByText("1 saringan aktif")).toBeVisible();

  // A second filter, from another group: its counts already apply the kecamatan filter.
  const scale = page.getByRole("form", { name: "Saring hasil" }).getByRole("group", { name: "Skala usaha" }).getByRole("checkbox");
  const scaleCount = await optionCount(scale.first());
  expect(scaleCount).toBeLessThanOrEqual(kecamatanCount);
  await scale.first().check();
  await expect(page).toHaveURL(/skala=/);
  await expectListed(page, scaleCount);
  await expect(page.getByText("2 saringan aktif")).toBeVisible();
  // The search text stays in the shareable URL with the filters.
  expect(new URL(page.url()).searchParams.get("q")).toBe("batk tulis");

  // "Hapus saringan" drops the filters and keeps the search.
  await page.getByRole("link", { name: "Hapus saringan" }).click();
  await expect(page).toHaveURL(/\/katalog\?q=batk\+tulis$/);
  await expect.poll(() => shownTotal(page)).toBe(unfiltered);
});

test("searching in English and sorting by price keeps the results public only", async ({ page }) => {
  await page.goto("/katalog?q=hand-drawn+batik");
  await expect(results(page).getByRole("link", { name: "Batik Tulis Motif Asem Arang", exact: true })).toBeVisible();

  // A draft product and a product of a supplier still in curation never show, even by their exact names.
  for (const hidden of ["Selendang Batik Sutra Motif Tugu Muda", "Tas Jinjing Perca Batik"]) {
    await page.goto(`/katalog?q=${encodeURIComponent(hidden)}`);
    await expect(results(page).getByRole("link", { name: hidden, exact: true })).toHaveCount(0);
  }

  await page.goto("/katalog?q=batik");
  await page.getByLabel("Urutkan").selectOption("harga-terendah");
  await expect(page).toHaveURL(/urut=harga-terendah/);
  await expect(page.getByLabel("Urutkan")).toHaveValue("harga-terendah");

  // A price floor typed in and applied with the button keeps the sort and narrows the list.
  const before = await shownTotal(page);
  await page.getByLabel("Harga terendah (Rp)").fill("1.000.000");
  await page.getByRole("button", { name: "Terapkan saringan" }).click();
  await expect(page).toHaveURL(/harga_min=1\.000\.000/);
  expect(page.url()).not.toMatch(/kapasitas=|harga_maks=/);
  await expect(page).toHaveURL(/urut=harga-terendah/);
  await expect(page.getByText("1 saringan aktif")).toBeVisible();
  await expect.poll(() => shownTotal(page)).toBeLessThan(before);
});

test("a supplier found by the search leads to its sentra page, which lists only published suppliers and products", async ({ page }) => {
  await page.goto("/katalog?q=sekar+asem");
  const suppliers = page.getByRole("list", { name: "Pemasok yang cocok" });
  await expect(suppliers.getByRole("link", { name: "Batik Sekar Asem", exact: true })).toHaveAttribute("href", "/katalog/pemasok/batik-sekar-asem");
  await suppliers.getByRole("link", { name: "Sentra Kampung Batik Semarang" }).first().click();

  await expect(page).toHaveURL(/\/katalog\/sentra\/kampung-batik-semarang$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kampung Batik Semarang");
  const members = page.getByRole("list", { name: "Pemasok di Kampung Batik Semarang" });
  await expect(members.getByRole("link", { name: "Batik Sekar Asem", exact: true })).toBeVisible();
  // Kinanti Batik & Craft belongs to the sentra but is still in curation.
  await expect(members.getByRole("link", { name: "Kinanti Batik & Craft" })).toHaveCount(0);
  const products = page.getByRole("list", { name: "Produk dari Kampung Batik Semarang" });
  await expect(products.getByRole("link", { name: "Batik Tulis Motif Asem Arang", exact: true })).toBeVisible();
  await expect(products.getByRole("link", { name: "Selendang Batik Sutra Motif Tugu Muda" })).toHaveCount(0);

  // The catalog filtered by this sentra lists what the page counts.
  const heading = await page.getByRole("heading", { name: /^Produk \(\d+\)$/ }).textContent();
  const count = Number(heading?.match(/\((\d+)\)/)?.[1]);
  await page.goto("/katalog?sentra=kampung-batik-semarang");
  await expect(page.getByText(`${count} produk`, { exact: true })).toBeVisible();

  expect((await page.goto("/katalog/sentra/tidak-ada-sentra"))?.status()).toBe(404);
});

test("the supplier directory lists published suppliers, a page at a time, and searches them", async ({ page }) => {
  await page.goto("/katalog");
  await page.getByRole("link", { name: "Lihat semua pemasok" }).click();
  await expect(page).toHaveURL(/\/katalog\/pemasok$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Direktori pemasok");
  const list = page.getByRole("list", { name: "Daftar pemasok" });
  await expect(list.getByRole("listitem")).toHaveCount(24);
  await expect(page.getByRole("navigation", { name: /halaman/i })).toBeVisible();

  await page.getByLabel("Cari pemasok").fill("batik");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/\/katalog\/pemasok\?q=batik$/);
  await expect(list.getByRole("link", { name: "Batik Sekar Asem", exact: true })).toBeVisible();
  // Still in curation: never listed.
  await expect(list.getByRole("link", { name: "Kinanti Batik & Craft" })).toHaveCount(0);
  const shown = await list.getByRole("listitem").count();
  await expect(page.getByText(new RegExp(`^${shown} pemasok untuk “batik”`))).toBeVisible();
});
