import { expect, type Page, test } from "@playwright/test";

async function switchLanguage(page: Page, language: "English" | "Bahasa Indonesia", lang: "en" | "id") {
  await page.getByRole("button", { name: language }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

test.describe("public shell", () => {
  test("home page is in Indonesian and shows the next event", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Temu Usaha Industri: IKM bertemu pembeli dan mitra");
    await expect(page.getByRole("heading", { name: "Temu Usaha Industri Triwulan IV 2026" })).toBeVisible();
    await expect(page.getByText(/16 Desember 2026/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Lihat detail acara" })).toHaveAttribute("href", /^\/acara\/.+/);
    await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Beranda" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  test("the header's home link is named by the text it shows (WCAG 2.5.3), in both languages", async ({ page }) => {
    await page.goto("/acara");
    const home = page.getByRole("banner").locator('a[href="/"]').first();
    await expect(home).toHaveAccessibleName("Temu Usaha Portal Temu Usaha Industri (ke beranda)");
    await expect(home).not.toHaveAttribute("aria-label");
    await switchLanguage(page, "English", "en");
    await expect(page.getByRole("banner").locator('a[href="/"]').first()).toHaveAccessibleName(
      "Temu Usaha Industry Business Matching Portal (go to the home page)",
    );
    await switchLanguage(page, "Bahasa Indonesia", "id");
  });

  test("the language switcher turns the page into English and back", async ({ page }) => {
    await page.goto("/");
    await switchLanguage(page, "English", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Temu Usaha Industri: local industry meets buyers and partners",
    );
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText(/December 16, 2026/).first()).toBeVisible();

    // The choice is kept for the next page too.
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Events" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Temu Usaha Industri events");

    await switchLanguage(page, "Bahasa Indonesia", "id");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acara Temu Usaha Industri");
  });

  test("an unknown address answers 404 in the active language", async ({ page }) => {
    const response = await page.goto("/halaman-yang-tidak-ada");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
    await expect(page.getByRole("link", { name: "Kembali ke beranda" })).toHaveAttribute("href", "/");

    await page.goto("/");
    await switchLanguage(page, "English", "en");
    const english = await page.goto("/halaman-yang-tidak-ada");
    expect(english?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute("href", "/");
  });

  test("catalog search for batik lists batik products", async ({ page }) => {
    await page.goto("/katalog?q=batik");
    await expect(page.getByRole("searchbox", { name: "Cari produk" })).toHaveValue("batik");
    await expect(page.getByText(/produk untuk “batik”/)).toBeVisible();
    const results = page.getByRole("list", { name: "Hasil katalog" }).getByRole("heading", { level: 2 });
    await expect(results.filter({ hasText: /batik/i }).first()).toBeVisible();
  });

  test("catalog search with no match says so and offers to clear the search", async ({ page }) => {
    await page.goto("/katalog");
    await page.getByRole("searchbox", { name: "Cari produk" }).fill("zzzz-tidak-ada-produk");
    await page.getByRole("button", { name: "Cari" }).click();
    await expect(page).toHaveURL(/q=zzzz-tidak-ada-produk/);
    await expect(page.getByRole("heading", { name: "Tidak ada produk yang cocok" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Hapus pencarian" }).first()).toHaveAttribute("href", "/katalog");
  });

  test("an anonymous visit to the staff area ends on the sign-in page", async ({ page }) => {
    await page.goto("/staf");
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fstaf$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masuk ke Temu Usaha");
  });
});
