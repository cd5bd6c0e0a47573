// Sourcing end to end: a new buyer posts a sourcing request (bad input first: Indonesian field
// errors, nothing saved), the owner of a seeded SME in that KBLI sees it in "Permintaan
// pembeli" and answers with an offer, and the buyer sees the offer in the comparison (a table,
// cards on a phone) and gets an email. Staff forward the request to an SME outside the sector,
// which could not open it before. Seeded data: Gemah Jaya (pintu-mobil-gemah-jaya, KBLI 29300)
// and Kopi Sekayu (kopi-sekayu, KBLI 10761), both published, whose owners no other spec signs
// in as. The request is new, so no other spec sees it.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoPassword, linkFromMail, signIn, uniqueEmail } from "./support/accounts";
import { outsideDeskNav } from "./support/staff-desk";

const headers = { "x-forwarded-for": "203.0.113.93" };
const smeEmail = "pintu-mobil-gemah-jaya@ikm.temu-usaha.test";
// Kopi Sekayu (KBLI 10761): outside the request's sector, reached only by a staff forward.
const outsiderEmail = "kopi-sekayu@ikm.temu-usaha.test";
const password = "pintu mobil plat baja gemah";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  return context.newPage();
}

async function registerBuyer(page: Page, email: string): Promise<void> {
  await page.goto("/daftar/pembeli");
  await page.getByLabel("Nama lengkap").fill("Bagus Santoso");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByLabel("Ulangi kata sandi").fill(password);
  await page.getByLabel("Nama organisasi").fill("PT Armada Niaga Uji");
  await page.getByLabel("Jenis pembeli").selectOption({ label: "Distributor" });
  await page.getByLabel("Kota").fill("Surabaya");
  await page.getByLabel(/setuju data saya diolah/).check();
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();
  await page.goto(await linkFromMail(email, /^Verifikasi alamat email/));
  await expect(page.getByRole("heading", { name: "Email Anda sudah terverifikasi" })).toBeVisible();
}

test("a buyer posts a sourcing request, an SME in that sector answers it, and the buyer compares the offer", async ({ browser }) => {
  test.setTimeout(150_000);
  const title = `Pintu mobil pick-up untuk armada ${Date.now().toString(36)}`;
  const buyer = await newPage(browser);
  const email = uniqueEmail("pembeli-rfq");
  await registerBuyer(buyer, email);
  await signIn(buyer, email, password);
  await expect(buyer).toHaveURL(/\/pembeli$/);

  await buyer.goto("/pembeli/permintaan");
  await expect(buyer.getByRole("heading", { name: "Belum ada permintaan pasokan" })).toBeVisible();
  await buyer.getByRole("link", { name: "Buat permintaan" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText("Buat permintaan pasokan");

  // Bad input: field errors in Indonesian, what was typed stays, nothing is saved.
  await buyer.getByLabel("Judul permintaan").fill("Pin");
  await buyer.getByLabel("Harga sasaran terendah per satuan (Rp)").fill("900.000");
  await buyer.getByLabel("Harga sasaran tertinggi per satuan (Rp)").fill("750.000");
  await buyer.getByRole("button", { name: "Kirim permintaan" }).click();
  await expect(buyer.getByText("Judul permintaan harus 5 sampai 120 karakter.")).toBeVisible();
  await expect(buyer.getByText("Uraian kebutuhan harus 20 sampai 4.000 karakter.")).toBeVisible();
  await expect(buyer.getByText("Pilih KBLI barang yang Anda cari.")).toBeVisible();
  await expect(buyer.getByLabel("Judul permintaan")).toHaveValue("Pin");
  await expect(buyer.getByLabel("Judul permintaan")).toBeFocused();
  await expect(buyer).toHaveURL(/\/pembeli\/permintaan\/baru$/);

  await buyer.getByLabel("Judul permintaan").fill(title);
  await buyer.getByLabel("Uraian kebutuhan").fill("Pintu mobil pick-up dari plat baja 1 mm, sudah didempul dan dicat dasar, untuk perbaikan armada kami.");
  const kbli = buyer.getByRole("combobox", { name: "KBLI barang" });
  await kbli.fill("29300");
  await expect(buyer.getByRole("option", { name: /29300/ })).toBeVisible();
  await kbli.press("Enter");
  await buyer.getByLabel("Jumlah per bulan").fill("40");
  await buyer.getByLabel("Satuan", { exact: true }).fill("set");
  await buyer.getByRole("button", { name: "Kirim permintaan" }).click();
  // Still wrong: the price order; every other field is accepted now.
  await expect(buyer.getByText("Harga tertinggi tidak boleh lebih kecil dari harga terendah.")).toBeVisible();
  await buyer.getByLabel("Harga sasaran tertinggi per satuan (Rp)").fill("1.100.000");
  await buyer.getByRole("button", { name: "Kirim permintaan" }).click();

  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(buyer.getByRole("status").filter({ hasText: "Permintaan Anda sudah terbit." })).toBeVisible();
  await expect(buyer.getByRole("heading", { name: "Belum ada penawaran" })).toBeVisible();
  const requestUrl = buyer.url().replace(/\?.*$/, "");

  // The SME in that KBLI finds it from its home page and answers.
  const sme = await newPage(browser);
  await signIn(sme, smeEmail, demoPassword);
  await expect(sme).toHaveURL(/\/ikm$/);
  await sme.getByRole("link", { name: "Permintaan pembeli" }).click();
  await expect(sme.getByRole("heading", { level: 1 })).toHaveText("Permintaan pembeli");
  await sme.getByRole("link", { name: title }).click();
  await expect(sme.getByText("KBLI permintaan ini sama dengan KBLI usaha Anda.")).toBeVisible();
  await expect(sme.getByText("PT Armada Niaga Uji", { exact: false })).toBeVisible();
  await expect(sme.getByText(email)).toHaveCount(0);

  await sme.getByLabel("Harga per satuan (Rp)").fill("850.000");
  await sme.getByLabel("Pesanan minimum").fill("10");
  await sme.getByLabel("Kapasitas per bulan").fill("60");
  await sme.getByLabel("Waktu pengerjaan (hari)").fill("21");
  await sme.getByLabel("Sampel tersedia").check();
  await sme.getByLabel("Pesan untuk pembeli").fill("Sampel satu set bisa dikirim minggu depan.");
  await sme.getByRole("button", { name: "Kirim penawaran" }).click();
  await expect(sme.getByText("Penawaran terkirim. Pembeli sudah diberi tahu lewat email.")).toBeVisible();
  await expect(sme.getByRole("button", { name: "Perbarui penawaran" })).toBeVisible();

  // The buyer is told by email and sees the offer in the comparison.
  expect(await linkFromMail(email, /^Penawaran baru dari Gemah Jaya/)).toBe(requestUrl);
  await buyer.reload();
  const comparison = buyer.getByRole("table", { name: "Perbandingan penawaran, termurah lebih dulu" });
  await expect(comparison.getByRole("columnheader", { name: "Gemah Jaya" })).toBeVisible();
  await expect(comparison.getByRole("row", { name: /^Harga/ })).toContainText(/Rp\s850\.000 \/ set/);
  await expect(comparison.getByRole("row", { name: /^Waktu pengerjaan/ })).toContainText("21 hari");
  await expect(comparison.getByRole("row", { name: /^Sampel/ })).toContainText("Tersedia");
  await expect(buyer.getByRole("heading", { name: /Penawaran \(1 penawaran\)/ })).toBeVisible();

  // On a phone the offers stack as cards instead of the wide table.
  await buyer.setViewportSize({ width: 390, height: 844 });
  await expect(comparison).toBeHidden();
  const card = buyer.getByRole("list", { name: "Perbandingan penawaran, termurah lebih dulu" }).getByRole("listitem");
  await expect(card.getByRole("heading", { name: "Gemah Jaya" })).toBeVisible();
  await expect(card).toContainText(/Rp\s850\.000 \/ set/);
  await buyer.setViewportSize({ width: 1280, height: 800 });

  // An SME outside the sector cannot open the request until staff forward it to them.
  const smeRequestUrl = requestUrl.replace("/pembeli/permintaan/", "/ikm/permintaan/");
  const outsider = await newPage(browser);
  await signIn(outsider, outsiderEmail, demoPassword);
  await expect(outsider).toHaveURL(/\/ikm$/);
  const refused = await outsider.goto(smeRequestUrl);
  expect(refused?.status()).toBe(404);

  const staff = await newPage(browser);
  await signIn(staff, "staf@temu-usaha.test", demoPassword);
  await expect(staff).toHaveURL(/\/staf$/);
  await staff.getByRole("link", { name: "Permintaan pasokan" }).and(outsideDeskNav(staff)).click();
  await staff.getByRole("link", { name: "Terbuka" }).click();
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByText(email)).toBeVisible();
  await expect(staff.getByRole("table", { name: "Perbandingan penawaran, termurah lebih dulu" }).getByRole("columnheader", { name: "Gemah Jaya" })).toBeVisible();
  await staff.getByLabel("Cari IKM menurut nama").fill("Kopi Sekayu");
  await staff.getByRole("button", { name: "Cari", exact: true }).click();
  await staff.getByRole("checkbox", { name: /Kopi Sekayu.*di luar bidang/ }).check();
  await staff.getByRole("button", { name: "Teruskan ke IKM terpilih" }).click();
  await expect(staff.getByText("Permintaan diteruskan. Pemilik usaha sudah diberi tahu lewat email.")).toBeVisible();
  await expect(staff.getByRole("list", { name: "Sudah diteruskan ke" })).toContainText("Kopi Sekayu");

  expect(await linkFromMail(outsiderEmail, /^Permintaan pembeli diteruskan kepada Anda/)).toBe(smeRequestUrl);
  await outsider.goto(smeRequestUrl);
  await expect(outsider.getByText("Petugas meneruskan permintaan ini kepada Anda.")).toBeVisible();
  await outsider.goto("/ikm/permintaan");
  await expect(outsider.getByRole("listitem").filter({ hasText: title })).toContainText("Diteruskan petugas");

  // Closing the request stops further offers.
  await buyer.getByRole("button", { name: "Tutup permintaan" }).click();
  await expect(buyer.getByRole("button", { name: "Buka kembali" })).toBeVisible();
  await sme.reload();
  await expect(sme.getByText("Permintaan ini sudah ditutup pembeli dan tidak menerima penawaran lagi.")).toBeVisible();
  await expect(sme.getByRole("button", { name: "Perbarui penawaran" })).toHaveCount(0);
});

test("the sitemap lists published catalog pages only, and robots.txt keeps crawlers out of the signed-in areas", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.ok()).toBe(true);
  const xml = await sitemap.text();
  expect(xml).toContain("/katalog/pemasok/pintu-mobil-gemah-jaya</loc>");
  // Seeded drafts and suppliers under curation are absent.
  expect(xml).not.toContain("/katalog/pemasok/kerupuk-ikan-mina-bandarharjo<");
  expect(xml).not.toContain("/katalog/pemasok/olahan-durian-gunungpati<");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /pembeli");
  expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
});
