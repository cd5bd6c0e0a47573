// Demo products have pictures (issue 17, point 5): on every page of /katalog, the card of every
// demo product shows a photo that loads (an <img> with naturalWidth > 0) and none says "Belum ada
// foto". The photos were drawn and stored at seed time through the upload pipeline
// (lib/seed/demo-photos.ts). Products that other specs create are left out: only demo ones count.
import { expect, test } from "@playwright/test";
import { demoProducts } from "@/lib/seed/demo-data/build-rows";

const demoSlugs = new Set(demoProducts.map((product) => product.slug));

test("every demo product card in the catalog shows a photo that loads", async ({ page }) => {
  test.setTimeout(180_000);
  let next: string | null = "/katalog";
  const seen: string[] = [];
  const withoutPhoto: string[] = [];
  while (next) {
    await page.goto(next);
    const cards = page.locator("main li:has(article)");
    const count = await cards.count();
    expect(count, `cards on ${next}`).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const card = cards.nth(index);
      const href = (await card.getByRole("heading").getByRole("link").getAttribute("href")) ?? "";
      const slug = href.split("/").pop() ?? "";
      if (!demoSlugs.has(slug)) continue;
      seen.push(slug);
      const image = card.locator("img");
      if ((await image.count()) !== 1 || (await card.getByText("Belum ada foto").count()) > 0) {
        withoutPhoto.push(`${slug} on ${next}`);
        continue;
      }
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0)), { message: `the photo of ${slug} on ${next} loads` })
        .toBeGreaterThan(0);
    }
    next = await page.locator('a[rel="next"]').first().getAttribute("href", { timeout: 1_000 }).catch(() => null);
  }
  expect(withoutPhoto, "demo product cards without a photo").toEqual([]);
  // Every published demo product was looked at (the demo data publishes well over a hundred).
  expect(new Set(seen).size).toBeGreaterThanOrEqual(100);
});
