// The public catalog as an anonymous visitor uses it: from the list to a product page, from the
// product to its supplier, and unpublished products and suppliers answer 404.
import { expect, test } from "@playwright/test";

// Demo data (lib/seed/demo-data): a published, verified batik maker with two certificates.
const product = "Batik Cap Motif Lawang Sewu";
const supplier = "Batik Sekar Asem";
const draftProductSlug = "selendang-batik-sutra-tugu-muda-sekar-asem";
const submittedSupplierSlug = "kinanti-batik-craft";

test("a visitor goes from the catalog to a product page and on to its supplier", async ({ page }) => {
  await page.goto("/katalog");
  await page.getByLabel("Cari produk").fill("Lawang Sewu");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/q=Lawang/);

  const results = page.getByRole("list", { name: "Hasil katalog" });
  const card = results.getByRole("listitem").filter({ has: page.getByRole("heading", { name: product }) });
  await expect(card.getByRole("link", { name: supplier })).toHaveAttribute("href", "/katalog/pemasok/batik-sekar-asem");
  await card.getByRole("link", { name: product }).click();

  await expect(page).toHaveURL(/\/katalog\/produk\/batik-cap-lawang-sewu-sekar-asem$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(product);
  await expect(page).toHaveTitle(new RegExp(product));
  await expect(page.getByText(/Rp\s?175\.000\s–\sRp\s?260\.000/)).toBeVisible();
  await expect(page.getByText("per lembar")).toBeVisible();
  await expect(page.getByText("5208.52.10")).toBeVisible();
  // The demo product's photo (drawn at seed time, lib/seed/demo-photos.ts) is shown and loads.
  const photo = page.getByRole("img", { name: `${product}, foto 1 dari 1` });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByText("Belum ada foto")).toHaveCount(0);

  const supplierBox = page.getByRole("region", { name: "Pemasok" });
  await expect(supplierBox.getByText(supplier, { exact: true })).toBeVisible();
  await expect(supplierBox.getByText("Terverifikasi")).toBeVisible();
  const whatsapp = supplierBox.getByRole("link", { name: /Tanya lewat WhatsApp/ });
  await expect(whatsapp).toHaveAttribute("href", /^https:\/\/wa\.me\/628\d{8,11}\?text=Halo%20Batik%20Sekar%20Asem.*Lawang%20Sewu/);
  await expect(whatsapp).toHaveAttribute("rel", "noopener noreferrer");

  await supplierBox.getByRole("link", { name: `Lihat profil pemasok ${supplier}` }).click();
  await expect(page).toHaveURL(/\/katalog\/pemasok\/batik-sekar-asem$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(supplier);
  await expect(page.getByText("Terverifikasi", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^Diverifikasi pada \d{1,2} \w+ \d{4}$/)).toBeVisible();

  const certificates = page.getByRole("region", { name: "Sertifikat" });
  await expect(certificates.getByText("HKI Merek")).toBeVisible();
  await expect(certificates.getByText("IDM000573064")).toBeVisible();

  const products = page.getByRole("list", { name: `Produk ${supplier}` });
  await expect(products.getByRole("link", { name: product })).toBeVisible();
  await expect(products.getByRole("link", { name: "Selendang Batik Sutra Motif Tugu Muda" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Chat lewat WhatsApp/ })).toHaveAttribute("href", /^https:\/\/wa\.me\/628/);
});

test("a draft product and an unpublished supplier are not found", async ({ page }) => {
  const draft = await page.goto(`/katalog/produk/${draftProductSlug}`);
  expect(draft?.status()).toBe(404);
  await expect(page.getByText("Selendang Batik Sutra Motif Tugu Muda")).toHaveCount(0);

  const submitted = await page.goto(`/katalog/pemasok/${submittedSupplierSlug}`);
  expect(submitted?.status()).toBe(404);
});
