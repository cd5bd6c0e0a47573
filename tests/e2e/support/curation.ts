// Staff's product curation queue, as the specs drive it (product-curation, public-cache).
import { expect, type Locator, type Page } from "@playwright/test";

export const staffEmail = "staf@temu-usaha.test";

export async function score(page: Page, scores: Record<string, number>) {
  for (const [criterion, level] of Object.entries(scores)) {
    await page.getByRole("group", { name: criterion }).getByRole("radio", { name: new RegExp(`^${level} –`) }).check();
  }
}

/** The queue row of a product, following "Berikutnya" while the list has more pages. */
export async function queueRow(page: Page, productName: string): Promise<Locator> {
  for (let pageNumber = 1; pageNumber <= 20; pageNumber += 1) {
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: productName, exact: true }) });
    if ((await row.count()) > 0) return row;
    const next = page.getByRole("navigation", { name: /halaman/i }).getByRole("link", { name: /Berikutnya/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForLoadState();
  }
  throw new Error(`${productName} is not in the product queue`);
}

export async function openProductQueue(page: Page, status: string) {
  await page.goto("/staf/kurasi");
  await expect(page.getByRole("heading", { name: "Antrean kurasi IKM", level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Jenis kurasi" }).getByRole("link", { name: /^Produk/ }).click();
  await expect(page).toHaveURL(/jenis=produk/);
  await page.getByRole("navigation", { name: "Saring menurut status" }).getByRole("link", { name: status, exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Jenis kurasi" }).getByRole("link", { name: /^Produk/ })).toHaveAttribute("aria-current", "page");
}
