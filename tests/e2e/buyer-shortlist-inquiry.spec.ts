// A new buyer end to end (issue 5's acceptance): registers, completes the organisation profile,
// saves a published product, finds it on the shortlist, and asks the supplier about it; the SME
// owner reads and answers the inquiry, staff see the thread, and the buyer reads the answer. The
// buyer then posts a sourcing request in the SME's sector; the SME sees it and makes an offer,
// and the buyer sees the offer. Seeded data: the
// product "Wingko Babat Original Isi 10" of the published Wingko Babat Cap Andong, whose owner
// no other spec signs in as.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoPassword, linkFromMail, signIn, uniqueEmail } from "./support/accounts";

const headers = { "x-forwarded-for": "203.0.113.92" };
const productSlug = "wingko-babat-original-andong";
const productName = "Wingko Babat Original Isi 10";
const ownerEmail = "wingko-babat-cap-andong@ikm.temu-usaha.test";
const password = "wingko hangat stasiun tawang";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  return context.newPage();
}

async function registerBuyer(page: Page, email: string): Promise<void> {
  await page.goto("/daftar/pembeli");
  await page.getByLabel("Nama lengkap").fill("Ratna Wijaya");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByLabel("Ulangi kata sandi").fill(password);
  await page.getByLabel("Nama organisasi").fill("PT Oleh-Oleh Nusantara Uji");
  await page.getByLabel("Jenis pembeli").selectOption({ label: "Ritel" });
  await page.getByLabel("Kota").fill("Jakarta");
  await page.getByLabel(/setuju data saya diolah/).check();
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();
  await page.goto(await linkFromMail(email, /^Verifikasi alamat email/));
  await expect(page.getByRole("heading", { name: "Email Anda sudah terverifikasi" })).toBeVisible();
}

test("a new buyer completes the profile, saves a product, asks the supplier, posts a sourcing request, and sees the SME's answer and offer", async ({ browser }) => {
  test.setTimeout(180_000);
  const buyer = await newPage(browser);

  // Anonymous visitors are invited to sign in as a buyer to save.
  await buyer.goto(`/katalog/produk/${productSlug}`);
  await expect(buyer.getByRole("link", { name: "Masuk sebagai pembeli untuk menyimpan" })).toHaveAttribute(
    "href",
    `/masuk?callbackUrl=${encodeURIComponent(`/katalog/produk/${productSlug}`)}`,
  );

  const email = uniqueEmail("pembeli");
  await registerBuyer(buyer, email);
  await signIn(buyer, email, password);
  await expect(buyer).toHaveURL(/\/pembeli$/);

  // The profile: kind, place, volume, what it sources, what it requires, where it exports.
  await buyer.getByRole("link", { name: "Profil organisasi" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText("Profil organisasi pembeli");
  await buyer.getByLabel("Jenis pembeli").selectOption({ label: "Eksportir" });
  await buyer.getByLabel("Kota").fill("Semarang");
  await buyer.getByLabel("Situs web").fill("http://oleh-oleh.example.com");
  await buyer.getByLabel("Volume pembelian").selectOption({ label: "Rp500 juta – Rp5 miliar per tahun" });
  const kbli = buyer.getByRole("combobox", { name: "KBLI yang dicari 1" });
  await kbli.fill("10710");
  await buyer.getByRole("option", { name: /^10710/ }).click();
  await buyer.getByRole("checkbox", { name: "Sertifikat Halal" }).check();
  await buyer.getByRole("checkbox", { name: "Malaysia (MY)" }).check();
  await buyer.getByRole("button", { name: "Simpan profil" }).click();
  // Refused with a clear message, the rest of what was typed kept.
  await expect(buyer.getByText("Gunakan alamat yang aman (https://), bukan http://.")).toBeVisible();
  await expect(buyer.getByLabel("Situs web")).toHaveAttribute("aria-invalid", "true");
  await expect(buyer.getByRole("checkbox", { name: "Sertifikat Halal" })).toBeChecked();
  await buyer.getByLabel("Situs web").fill("oleh-oleh.example.com");
  await buyer.getByRole("button", { name: "Simpan profil" }).click();
  await expect(buyer.getByRole("status").filter({ hasText: "Profil organisasi tersimpan." })).toBeVisible();

  await buyer.reload();
  await expect(buyer.getByLabel("Jenis pembeli")).toHaveValue("EXPORTER");
  await expect(buyer.getByRole("combobox", { name: "KBLI yang dicari 1" })).toHaveValue("10710");
  await expect(buyer.getByLabel("Situs web")).toHaveValue("https://oleh-oleh.example.com/");
  await expect(buyer.getByRole("checkbox", { name: "Malaysia (MY)" })).toBeChecked();

  // Save the product from its public page; the button says it is saved.
  await buyer.goto(`/katalog/produk/${productSlug}`);
  await buyer.getByRole("button", { name: "Simpan ke daftar" }).click();
  await expect(buyer.getByRole("button", { name: "Tersimpan — hapus" })).toBeVisible();
  await expect(buyer.getByRole("status").filter({ hasText: "Disimpan ke daftar Anda." })).toBeVisible();

  // The supplier too, from its page; both are on the one shortlist page.
  await buyer.getByRole("link", { name: "Lihat profil pemasok Wingko Babat Cap Andong" }).click();
  await expect(buyer).toHaveURL(/\/katalog\/pemasok\/wingko-babat-cap-andong$/);
  await buyer.getByRole("button", { name: "Simpan ke daftar" }).click();
  await expect(buyer.getByRole("button", { name: "Tersimpan — hapus" })).toBeVisible();
  await expect(buyer.getByRole("link", { name: "Tanya pemasok" })).toHaveAttribute("href", "/pembeli/pertanyaan/baru?pemasok=wingko-babat-cap-andong");

  await buyer.getByRole("link", { name: "Lihat daftar simpanan" }).click();
  await expect(buyer).toHaveURL(/\/pembeli\/simpanan$/);
  await expect(buyer.getByRole("link", { name: productName })).toBeVisible();
  await expect(buyer.getByRole("link", { name: "Wingko Babat Cap Andong", exact: true })).toBeVisible();
  await buyer.getByRole("button", { name: "Hapus Wingko Babat Cap Andong dari daftar" }).click();
  await expect(buyer.getByRole("link", { name: "Wingko Babat Cap Andong", exact: true })).toHaveCount(0);
  await expect(buyer.getByRole("link", { name: productName })).toBeVisible();

  // Ask the supplier from the product page.
  await buyer.getByRole("link", { name: productName }).click();
  await buyer.getByRole("link", { name: "Tanya pemasok" }).click();
  await expect(buyer).toHaveURL(new RegExp(`/pembeli/pertanyaan/baru\\?produk=${productSlug}$`));
  const subject = `Harga grosir ${Date.now()}`;
  await buyer.getByLabel("Judul").fill(subject);
  await buyer.getByLabel("Pesan").fill("Berapa harga untuk 200 kotak per bulan, dan apakah bisa dikirim ke Jakarta?");
  await buyer.getByRole("button", { name: "Kirim pertanyaan" }).click();
  await expect(buyer).toHaveURL(/\/pembeli\/pertanyaan\/[a-z0-9]+\?baru=1$/);
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(buyer.getByText("Pertanyaan terkirim.", { exact: false })).toBeVisible();
  const threadUrl = buyer.url().replace(/\?baru=1$/, "");

  // The SME owner sees it from the home page and answers.
  const owner = await newPage(browser);
  await signIn(owner, ownerEmail, demoPassword);
  await expect(owner).toHaveURL(/\/ikm$/);
  await owner.getByRole("link", { name: /^Pertanyaan pembeli/ }).click();
  await expect(owner).toHaveURL(/\/ikm\/pertanyaan$/);
  await owner.getByRole("link", { name: subject }).click();
  await expect(owner.getByText("Berapa harga untuk 200 kotak per bulan", { exact: false })).toBeVisible();
  await owner.getByLabel("Balasan Anda").fill("Rp34.000 per kotak untuk 200 kotak; kirim ke Jakarta 3 hari lewat ekspedisi.");
  await owner.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Balasan terkirim." })).toBeVisible();
  await expect(owner.getByLabel("Balasan Anda")).toHaveValue("");

  // Staff see the thread for follow-up.
  const staff = await newPage(browser);
  await signIn(staff, "staf@temu-usaha.test", demoPassword);
  await expect(staff).toHaveURL(/\/staf$/);
  await staff.goto("/staf/pertanyaan");
  await staff.getByRole("link", { name: subject }).click();
  await expect(staff.getByText("Rp34.000 per kotak untuk 200 kotak", { exact: false })).toBeVisible();

  // The buyer reads the answer.
  await buyer.goto(threadUrl);
  await expect(buyer.getByText("Rp34.000 per kotak untuk 200 kotak", { exact: false })).toBeVisible();
  await expect(buyer.getByText("Wingko Babat Cap Andong (pemasok)", { exact: false })).toBeVisible();

  // Another buyer organisation cannot open the thread.
  const stranger = await newPage(browser);
  await signIn(stranger, "pembeli@temu-usaha.test", demoPassword);
  await expect(stranger).toHaveURL(/\/pembeli$/);
  const response = await stranger.goto(new URL(threadUrl).pathname);
  expect(response?.status()).toBe(404);

  // Answered: the buyer closes the thread, after confirming; nobody can reply any more.
  await buyer.getByRole("button", { name: "Tutup percakapan" }).click();
  await buyer.getByRole("dialog", { name: "Tutup percakapan ini?" }).getByRole("button", { name: "Ya, tutup" }).click();
  await expect(buyer.getByText("Percakapan ini sudah ditutup, jadi tidak dapat dibalas lagi.")).toBeVisible();
  await expect(buyer.getByLabel("Balasan Anda")).toHaveCount(0);

  // A sourcing request in the SME's sector (KBLI 10710, bakery goods).
  const title = `Wingko untuk oleh-oleh bandara ${Date.now().toString(36)}`;
  await buyer.goto("/pembeli/permintaan/baru");
  await buyer.getByLabel("Judul permintaan").fill(title);
  await buyer.getByLabel("Uraian kebutuhan").fill("Wingko babat kemasan kotak isi 10 untuk gerai oleh-oleh di bandara, dengan label halal.");
  const requestKbli = buyer.getByRole("combobox", { name: "KBLI barang" });
  await requestKbli.fill("10710");
  await expect(buyer.getByRole("option", { name: /10710/ })).toBeVisible();
  await requestKbli.press("Enter");
  await buyer.getByLabel("Jumlah per bulan").fill("200");
  await buyer.getByLabel("Satuan", { exact: true }).fill("kotak");
  await buyer.getByRole("button", { name: "Kirim permintaan" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(buyer.getByRole("status").filter({ hasText: "Permintaan Anda sudah terbit." })).toBeVisible();

  // The SME sees it among the requests for its sector and answers with an offer.
  await owner.goto("/ikm");
  await owner.getByRole("link", { name: "Permintaan pembeli" }).click();
  await owner.getByRole("link", { name: title }).click();
  await expect(owner.getByText("KBLI permintaan ini sama dengan KBLI usaha Anda.")).toBeVisible();
  await owner.getByLabel("Harga per satuan (Rp)").fill("34.000");
  await owner.getByLabel("Pesanan minimum").fill("50");
  await owner.getByLabel("Waktu pengerjaan (hari)").fill("3");
  await owner.getByRole("button", { name: "Kirim penawaran" }).click();
  await expect(owner.getByText("Penawaran terkirim. Pembeli sudah diberi tahu lewat email.")).toBeVisible();

  // The buyer sees the offer.
  await buyer.reload();
  const comparison = buyer.getByRole("table", { name: "Perbandingan penawaran, termurah lebih dulu" });
  await expect(comparison.getByRole("columnheader", { name: "Wingko Babat Cap Andong" })).toBeVisible();
  await expect(comparison.getByRole("row", { name: /^Harga/ })).toContainText(/Rp\s34\.000 \/ kotak/);
});
