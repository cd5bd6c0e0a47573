// Products as an IKM owner uses them on the phone-first pages: a bad HS code is a field error,
// a photo upload shows its thumbnail, a text file posing as a photo is refused, and the draft
// goes to curation. Another IKM owner opening the product's address gets a 404.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";

const fixtures = path.join(import.meta.dirname, "fixtures");

test("an IKM owner lists a product with a photo and submits it; another IKM cannot open it", async ({ page, browser }) => {
  // Two sign-ins, uploads and sharp: longer than the default on a shared, slow machine (a CI run failed here).
  test.setTimeout(90_000);
  const name = `Kerupuk Tenggiri Uji ${Date.now().toString(36)}`;
  await signIn(page, "kerupuk-ikan-mina-bandarharjo@ikm.temu-usaha.test");
  await expect(page).not.toHaveURL(/\/masuk/);

  await page.goto("/ikm");
  await page.getByRole("link", { name: /^Produk/ }).first().click();
  await expect(page).toHaveURL(/\/ikm\/produk$/);
  await expect(page.getByRole("heading", { level: 1, name: "Produk" })).toBeVisible();
  await page.getByRole("link", { name: "Tambah produk" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tambah produk" })).toBeVisible();

  await page.getByLabel("Nama produk (Bahasa Indonesia)", { exact: true }).fill(name);
  await page
    .getByLabel("Deskripsi (Bahasa Indonesia)", { exact: true })
    .fill("Kerupuk ikan tenggiri mentah siap goreng, kemasan plastik 500 gram.");
  await expect(page.getByLabel("KBLI produk")).toHaveValue("10794");
  await page.getByLabel("Kode HS (tidak wajib)").fill("0902.1");
  await page.getByLabel("Harga terendah (Rp, tidak wajib)").fill("25.000");
  await page.getByLabel("Harga tertinggi (Rp, tidak wajib)").fill("1.500.000");
  await page.getByLabel("Satuan", { exact: true }).fill("pak");
  await page.getByRole("button", { name: "Simpan produk" }).click();

  const hsField = page.getByLabel("Kode HS (tidak wajib)");
  await expect(page.getByText("Kode HS terdiri atas 8 angka (BTKI 2022), misalnya 0902.10.10.")).toBeVisible();
  await expect(hsField).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/ikm\/produk\/baru$/);
  // What was typed stays in the form.
  await expect(page.getByLabel("Nama produk (Bahasa Indonesia)", { exact: true })).toHaveValue(name);

  await hsField.fill("1905.90.80");
  await page.getByRole("button", { name: "Simpan produk" }).click();
  await expect(page).toHaveURL(/\/ikm\/produk\/[a-z0-9]+\?baru=1$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Draf", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Kode HS (tidak wajib)")).toHaveValue("1905.90.80");
  const productPath = new URL(page.url()).pathname;

  const photoInput = page.getByLabel("Pilih foto");
  await photoInput.setInputFiles(path.join(fixtures, "product-photo.png"));
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(page.getByText("Foto terunggah.")).toBeVisible();
  const thumbnail = page.getByRole("img", { name: `Foto 1 dari ${name}` });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  const photoSrc = await thumbnail.getAttribute("src");
  expect(photoSrc).toMatch(/^\/foto\/produk\/[a-z0-9]+\/small$/);

  await photoInput.setInputFiles(path.join(fixtures, "product-not-a-photo.jpg"));
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(page.getByText("Berkas bukan foto JPG, PNG, atau WebP")).toBeVisible();
  await expect(page.getByRole("img", { name: /^Foto 2 dari/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Ajukan kurasi" }).click();
  const statusPanel = page.getByRole("region", { name: "Status kurasi" });
  await expect(statusPanel.getByText("Produk menunggu kurasi staf Disperin. Anda tetap dapat mengubah datanya.")).toBeVisible();
  await expect(statusPanel.getByText("Menunggu kurasi", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajukan kurasi" })).toHaveCount(0);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, "sambal-mbok-rawit@ikm.temu-usaha.test");
  await expect(other).not.toHaveURL(/\/masuk/);
  const response = await other.goto(productPath);
  expect(response?.status()).toBe(404);
  await expect(other.getByText(name)).toHaveCount(0);
  expect((await other.request.get(photoSrc ?? "")).status()).toBe(404);
  // Not public either: the product is not published.
  expect((await page.request.get(photoSrc ?? "")).status()).toBe(200);
  await otherContext.close();
});

test("the product form reports every invalid field after one submit, the price order among them", async ({ page }) => {
  // Issue 17: a negative minimum order used to hide the price-order error until the next submit.
  await signIn(page, "ikm@temu-usaha.test");
  await expect(page).not.toHaveURL(/\/masuk/);
  await page.goto("/ikm/produk/baru");
  await expect(page.getByRole("heading", { level: 1, name: "Tambah produk" })).toBeVisible();
  await page.getByLabel("Nama produk (Bahasa Indonesia)", { exact: true }).fill("Produk Uji Semua Galat");
  await page.getByLabel("Deskripsi (Bahasa Indonesia)", { exact: true }).fill("Produk untuk menguji bahwa semua galat tampil sekaligus.");
  await page.getByLabel("Harga terendah (Rp, tidak wajib)").fill("50.000");
  await page.getByLabel("Harga tertinggi (Rp, tidak wajib)").fill("10.000");
  await page.getByLabel("Pesanan minimum (tidak wajib)").fill("-5");
  await page.getByLabel("Satuan", { exact: true }).fill("pak");
  await page.getByRole("button", { name: "Simpan produk" }).click();

  await expect(page.getByText("Pesanan minimum berupa bilangan bulat lebih dari 0.")).toBeVisible();
  await expect(page.getByText("Harga tertinggi tidak boleh lebih kecil dari harga terendah.")).toBeVisible();
  await expect(page.getByLabel("Pesanan minimum (tidak wajib)")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/ikm\/produk\/baru$/);
});
