// Issue 4 acceptance, end to end with a brand-new SME: the owner registers, completes the five
// profile steps and two products with photos, and submits; staff request revisions of the
// profile and of a product; the owner reads the comments, fixes and resubmits; staff publish the
// profile and the products with a grade; an anonymous visitor then finds both products in the
// public catalog with the verified badge and a photo that loads.
import path from "node:path";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { registerAndVerifySme, signIn, demoPassword as staffPassword, uniqueEmail } from "./support/accounts";

const password = "Batik#Tulis2026";
const staffEmail = "staf@temu-usaha.test";
const fixtures = path.join(import.meta.dirname, "fixtures");

async function newPage(browser: Browser): Promise<Page> {
  // Its own address for the sign-in limiter, so parallel specs never share a budget.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  return context.newPage();
}

async function score(page: Page, scores: Record<string, number>) {
  for (const [criterion, level] of Object.entries(scores)) {
    await page.getByRole("group", { name: criterion }).getByRole("radio", { name: new RegExp(`^${level} –`) }).check();
  }
}

/** The queue row whose link is `name`, following "Berikutnya" while the list has more pages. */
async function queueRow(page: Page, name: string): Promise<Locator> {
  for (let pageNumber = 1; pageNumber <= 30; pageNumber += 1) {
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    if ((await row.count()) > 0) return row;
    const next = page.getByRole("navigation", { name: /halaman/i }).getByRole("link", { name: /Berikutnya/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForLoadState();
  }
  throw new Error(`${name} is not in the curation queue`);
}

async function addProduct(page: Page, product: { name: string; description: string; hs: string; min: string; max: string }) {
  await page.goto("/ikm/produk");
  await page.getByRole("link", { name: "Tambah produk" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tambah produk" })).toBeVisible();
  await page.getByLabel("Nama produk (Bahasa Indonesia)", { exact: true }).fill(product.name);
  await page.getByLabel("Deskripsi (Bahasa Indonesia)", { exact: true }).fill(product.description);
  // The product's KBLI starts as the enterprise's primary one, picked in step 3.
  await expect(page.getByLabel("KBLI produk")).toHaveValue("13134");
  await page.getByLabel("Kode HS (tidak wajib)").fill(product.hs);
  await page.getByLabel("Harga terendah (Rp, tidak wajib)").fill(product.min);
  await page.getByLabel("Harga tertinggi (Rp, tidak wajib)").fill(product.max);
  await page.getByLabel("Satuan", { exact: true }).fill("lembar");
  await page.getByRole("button", { name: "Simpan produk" }).click();
  await expect(page).toHaveURL(/\/ikm\/produk\/[a-z0-9]+\?baru=1$/);
  await expect(page.getByRole("heading", { level: 1, name: product.name })).toBeVisible();

  await page.getByLabel("Pilih foto").setInputFiles(path.join(fixtures, "product-photo.png"));
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(page.getByText("Foto terunggah.")).toBeVisible();
  const thumbnail = page.getByRole("img", { name: `Foto 1 dari ${product.name}` });
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Ajukan kurasi" }).click();
  await expect(page.getByRole("region", { name: "Status kurasi" }).getByText("Menunggu kurasi", { exact: true })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a new SME is onboarded, curated with revisions, and its products appear verified in the catalog", async ({ browser }) => {
  // Three people, two dozen saves and four uploads: far longer than the default.
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const legalName = `UD Batik Tulis Uji ${suffix}`;
  const productA = `Kain Batik Tulis Asem Arang ${suffix}`;
  const productB = `Selendang Batik Tulis Warak ${suffix}`;
  const email = uniqueEmail("batik-tulis");

  // 1. Registration, then the five profile steps.
  const sme = await newPage(browser);
  await registerAndVerifySme(sme, email, password);
  await signIn(sme, email, password);
  await expect(sme).not.toHaveURL(/\/masuk/);

  await sme.goto("/ikm/profil?langkah=1");
  await sme.getByLabel("Nama usaha sesuai NIB").fill(legalName);
  await sme.getByLabel("Bentuk usaha").selectOption({ label: "Usaha Dagang (UD)" });
  await sme.getByLabel("NIB (Nomor Induk Berusaha)").fill("12AB");
  await sme.getByLabel("Modal usaha (rupiah)").fill("150.000.000");
  await sme.getByLabel("Hasil penjualan setahun (rupiah)").fill("600.000.000");
  await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
  // A malformed NIB is a field error and the step does not move on.
  const nib = sme.getByLabel("NIB (Nomor Induk Berusaha)");
  await expect(nib).toHaveAttribute("aria-invalid", "true");
  await expect(sme).toHaveURL(/langkah=1/);
  await nib.fill(String(Date.now()).slice(0, 13));
  await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
  await expect(sme).toHaveURL(/langkah=2/);

  await sme.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Semarang Tengah" });
  await sme.getByLabel("Kelurahan", { exact: true }).selectOption({ index: 1 });
  await sme.getByLabel("Alamat tempat usaha").fill("Jl. Batik No. 7, RT 02/RW 03");
  await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
  await expect(sme).toHaveURL(/langkah=3/);

  const primary = sme.getByRole("combobox", { name: "KBLI utama" });
  await primary.fill("batik");
  await expect(sme.getByRole("option", { name: /13134/ })).toBeVisible();
  await sme.getByRole("option", { name: /13134/ }).click();
  await expect(primary).toHaveValue("13134");
  await sme.getByLabel("Produksi rata-rata per bulan").fill("400");
  await sme.getByLabel("Satuan", { exact: true }).fill("lembar");
  await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
  await expect(sme).toHaveURL(/langkah=4/);

  await sme.getByRole("checkbox", { name: "Reseller atau agen" }).check();
  await sme.getByLabel("Nomor WhatsApp").fill("0812 2233 4455");
  await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
  await expect(sme).toHaveURL(/langkah=5/);

  await sme.getByLabel("Berkas logo").setInputFiles(path.join(fixtures, "product-photo.png"));
  await sme.getByRole("button", { name: "Unggah logo" }).click();
  await expect(sme.getByText("Logo sudah disimpan.")).toBeVisible();

  // 2. Two products with photos, each submitted for curation; then the profile itself.
  const productAPath = await addProduct(sme, {
    name: productA,
    description: "Kain batik tulis motif Asem Arang khas Semarang, pewarna alam, ukuran 2 x 1,15 meter.",
    hs: "5208.52.90",
    min: "450.000",
    max: "1.200.000",
  });
  await addProduct(sme, {
    name: productB,
    description: "Selendang batik tulis motif Warak Ngendog, katun primisima, ukuran 2 x 0,5 meter.",
    hs: "6214.90.90",
    min: "175.000",
    max: "350.000",
  });

  await sme.goto("/ikm/kurasi");
  await sme.getByRole("button", { name: "Ajukan untuk kurasi" }).click();
  await expect(sme.getByText("Profil Anda sedang menunggu pemeriksaan petugas Disperin.")).toBeVisible();

  // 3. Staff request revisions of the profile and of the first product.
  const staff = await newPage(browser);
  await signIn(staff, staffEmail, staffPassword);
  await expect(staff).not.toHaveURL(/\/masuk/);
  await staff.goto("/staf/kurasi");
  await expect(staff.getByRole("heading", { name: "Antrean kurasi IKM", level: 1 })).toBeVisible();
  await (await queueRow(staff, legalName)).getByRole("link", { name: legalName, exact: true }).click();
  await expect(staff.getByRole("heading", { name: legalName, level: 1 })).toBeVisible();
  const enterpriseReview = staff.url();
  const profileComment = "Mohon tambahkan foto tempat produksi dan nomor HKI merek bila sudah ada.";
  await score(staff, { Legalitas: 2, "Mutu dan kapasitas": 2, "Jangkauan pasar": 1, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Minta perbaikan/ }).check();
  await staff.getByLabel("Komentar untuk IKM").fill(profileComment);
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Permintaan perbaikan dikirim ke IKM." })).toBeVisible();

  await staff.goto("/staf/kurasi?jenis=produk");
  await (await queueRow(staff, productA)).getByRole("link", { name: productA, exact: true }).click();
  await expect(staff.getByRole("heading", { name: productA, level: 1 })).toBeVisible();
  const productReview = staff.url();
  const productComment = "Harga tertinggi terlalu jauh dari harga terendah; mohon sesuaikan rentang harganya.";
  await score(staff, { Legalitas: 2, "Mutu dan kapasitas": 2, "Jangkauan pasar": 1, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Minta perbaikan/ }).check();
  await staff.getByLabel("Komentar untuk IKM").fill(productComment);
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Permintaan perbaikan produk dikirim ke IKM." })).toBeVisible();

  // 4. The owner reads both comments, fixes and resubmits.
  await sme.goto("/ikm/kurasi");
  await expect(sme.getByText(profileComment)).toBeVisible();
  await sme.getByLabel("Jawaban Anda").fill("Foto tempat produksi sudah saya unggah; merek masih dalam pengajuan HKI.");
  await sme.getByRole("button", { name: "Kirim jawaban dan ajukan lagi" }).click();
  await expect(sme.getByText("Profil Anda sedang menunggu pemeriksaan petugas Disperin.")).toBeVisible();

  await sme.goto(productAPath);
  await expect(sme.getByText(productComment)).toBeVisible();
  await sme.getByLabel("Harga tertinggi (Rp, tidak wajib)").fill("750.000");
  await sme.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(sme.getByText("Perubahan tersimpan.")).toBeVisible();
  const productAnswer = "Rentang harga sudah saya sesuaikan menjadi Rp450.000 sampai Rp750.000.";
  await sme.getByLabel("Jawaban Anda untuk staf").fill(productAnswer);
  await sme.getByRole("button", { name: "Kirim jawaban dan ajukan ulang" }).click();
  const productStatus = sme.getByRole("region", { name: "Status kurasi" });
  await expect(productStatus.getByText("Produk menunggu kurasi staf Disperin. Anda tetap dapat mengubah datanya.")).toBeVisible();
  await expect(productStatus.getByText(productAnswer)).toBeVisible();

  // 5. Staff publish the profile first (products need a published enterprise), then both products.
  await staff.goto(enterpriseReview);
  await score(staff, { Legalitas: 3, "Mutu dan kapasitas": 2, "Jangkauan pasar": 2, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Terbitkan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText("Nilai B")).toBeVisible();
  await expect(staff.getByText("Terverifikasi", { exact: true })).toBeVisible();

  await staff.goto(productReview);
  await expect(staff.getByText("750.000").first()).toBeVisible();
  await score(staff, { Legalitas: 3, "Mutu dan kapasitas": 3, "Jangkauan pasar": 2, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Terbitkan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  // Published: the decision form gives way to the verified badge and the grade (3+3+2+2 = A).
  await expect(staff.getByText("Produk ini tidak sedang menunggu kurasi.")).toBeVisible();
  await expect(staff.getByText("Terverifikasi", { exact: true })).toBeVisible();
  await expect(staff.getByText("Nilai A")).toBeVisible();

  await staff.goto("/staf/kurasi?jenis=produk");
  await (await queueRow(staff, productB)).getByRole("link", { name: productB, exact: true }).click();
  await score(staff, { Legalitas: 3, "Mutu dan kapasitas": 2, "Jangkauan pasar": 2, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Terbitkan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText("Produk ini tidak sedang menunggu kurasi.")).toBeVisible();
  await expect(staff.getByText("Terverifikasi", { exact: true })).toBeVisible();
  await expect(staff.getByText("Nilai B")).toBeVisible();

  // 6. Anyone finds both products in the catalog, verified, with a photo that loads.
  const visitor = await newPage(browser);
  await visitor.goto(`/katalog?q=${suffix}`);
  const results = visitor.getByRole("list", { name: "Hasil katalog" });
  for (const name of [productA, productB]) {
    const card = results.getByRole("listitem").filter({ hasText: name });
    await expect(card).toHaveCount(1);
    await expect(card.getByText("Terverifikasi", { exact: true })).toBeVisible();
  }
  await results.getByRole("link", { name: productA }).first().click();
  await expect(visitor.getByRole("heading", { level: 1, name: productA })).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Pemasok" }).getByText(legalName, { exact: true })).toBeVisible();
  const photo = visitor.locator('img[src^="/foto/produk/"]').first();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

  for (const page of [sme, staff, visitor]) await page.context().close();
});
