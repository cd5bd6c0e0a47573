// Issue 17 acceptance, "SME on a phone": a new SME owner on a Pixel 7 goes from registration to
// "Menunggu kurasi" by following only the home's checklist and the profile wizard, clicking
// links and buttons. The only addresses opened by hand are the start (/daftar) and the
// verification link from the captured email. On the way: the optional photo step is marked
// optional (never "belum diisi"), the energy fields of the capacity step are saved, and the
// finish step refuses while a product is missing, naming it.
import { devices, expect, type Page, test } from "@playwright/test";
import { submitSignIn, uniqueEmail, verifyFromMail } from "./support/accounts";

const { defaultBrowserType: _browser, ...pixel7 } = devices["Pixel 7"];
// Its own client address, so sign-up and sign-in limits of other specs do not reach this one.
test.use({ ...pixel7, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.171" } });

const password = "Batik#Warak2026";

const checklistOf = (page: Page) => page.getByRole("region", { name: "Langkah menuju terbit di katalog" });
const stepsOf = (page: Page) => page.getByRole("navigation", { name: "Langkah pengisian profil" });

test("a new SME owner reaches 'Menunggu kurasi' on a phone through the checklist and the wizard only", async ({ page }) => {
  test.setTimeout(150_000);
  const email = uniqueEmail("jalan-terbit");
  const suffix = Date.now().toString(36);

  // Registration, from the start page.
  await page.goto("/daftar");
  await page.getByRole("link", { name: "Daftar sebagai IKM" }).click();
  await page.getByLabel("Nama lengkap").fill("Sri Lestari");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByLabel("Ulangi kata sandi").fill(password);
  await page.getByLabel("Nama usaha").fill(`UD Batik Warak ${suffix}`);
  await page.getByLabel("Bentuk usaha").selectOption({ label: "Usaha Dagang (UD)" });
  await page.getByLabel("Kecamatan lokasi usaha").selectOption({ label: "Semarang Tengah" });
  await page.getByLabel(/setuju data saya diolah/).check();
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();

  // The verification link from the email, then sign in from the page it opens.
  await verifyFromMail(page, email);
  await page.getByRole("main").getByRole("link", { name: "Masuk", exact: true }).click();
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/ikm$/);

  // The home's checklist: nothing done, optional parts marked so.
  const checklist = checklistOf(page);
  await expect(checklist.getByText("0 dari 6 bagian wajib selesai")).toBeVisible();
  await expect(checklist.getByRole("link", { name: /^Logo dan foto.*opsional, boleh dilewati/ })).toBeVisible();
  await expect(checklist.getByRole("link", { name: /^Sertifikat.*opsional, boleh dilewati/ })).toBeVisible();
  await checklist.getByRole("link", { name: /^Data usaha/ }).click();

  // Step 1: the name and legal form come from registration.
  await expect(page.getByRole("heading", { level: 2, name: "Data usaha" })).toBeVisible();
  await expect(page.getByLabel("Nama usaha sesuai NIB")).toHaveValue(`UD Batik Warak ${suffix}`);
  await page.getByLabel("NIB (Nomor Induk Berusaha)").fill(String(Date.now()).slice(0, 13));
  await page.getByLabel("Modal usaha (rupiah)").fill("80.000.000");
  await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();

  // Step 2.
  await expect(page.getByRole("heading", { level: 2, name: "Alamat" })).toBeVisible();
  await page.getByLabel("Kelurahan", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Alamat tempat usaha").fill("Jl. Pekojan No. 12, RT 01/RW 02");
  await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();

  // Step 3, with the energy used per month.
  await expect(page.getByRole("heading", { level: 2, name: "Sektor dan kapasitas" })).toBeVisible();
  const primary = page.getByRole("combobox", { name: "KBLI utama" });
  await primary.fill("batik");
  await page.getByRole("option", { name: /13134/ }).click();
  await expect(primary).toHaveValue("13134");
  await page.getByLabel("Listrik per bulan (kWh)").fill("450");
  await page.getByLabel("Bahan bakar per bulan").fill("40");
  await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
  // An amount without its unit is refused with a clear message, and the step stays.
  await expect(page.getByText("Pilih satuan bahan bakar (liter atau kg) untuk jumlah yang Anda isi.")).toBeVisible();
  await expect(page.getByLabel("Satuan bahan bakar")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Satuan bahan bakar").selectOption({ label: "kg (kayu bakar, briket, batu bara)" });
  await page.getByLabel("Gas per bulan").fill("30");
  await page.getByLabel("Satuan gas").selectOption({ label: "kg (LPG tabung)" });
  await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();

  // Step 4.
  await expect(page.getByRole("heading", { level: 2, name: "Pasar dan kontak" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Reseller atau agen" }).check();
  await page.getByLabel("Nomor WhatsApp").fill("0812 3344 5566");
  await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();

  // Step 5 is optional: marked so, never "belum diisi", and it has a way on without uploading.
  await expect(page.getByRole("heading", { level: 2, name: "Logo dan foto" })).toBeVisible();
  await expect(stepsOf(page).getByRole("link", { name: /^Logo dan foto\s*opsional, boleh dilewati$/ })).toBeVisible();
  await expect(stepsOf(page).getByText("belum diisi")).toHaveCount(0);
  await page.getByRole("link", { name: "Lanjut: periksa dan ajukan" }).click();

  // Step 6: the review, and what is still missing; finishing now is refused, naming it.
  await expect(page.getByRole("heading", { level: 2, name: "Periksa dan ajukan" })).toBeVisible();
  const review = page.getByRole("region", { name: "Ringkasan isian" });
  await expect(review.getByText("Jl. Pekojan No. 12, RT 01/RW 02")).toBeVisible();
  await expect(review.getByText(/^13134 /)).toBeVisible();
  const missing = page.getByRole("region", { name: "Yang masih kurang" });
  await expect(missing.getByRole("listitem")).toHaveText(["Paling sedikit satu produk"]);
  await page.getByRole("button", { name: "Selesai dan ajukan kurasi" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Profil belum dapat diajukan. Lengkapi dulu bagian yang masih kurang: Paling sedikit satu produk" }),
  ).toBeVisible();
  await missing.getByRole("link", { name: "Paling sedikit satu produk" }).click();

  // The product, then back to the checklist from the product's page.
  await expect(page.getByRole("heading", { level: 1, name: "Tambah produk" })).toBeVisible();
  const product = `Kain Batik Warak Ngendog ${suffix}`;
  await page.getByLabel("Nama produk (Bahasa Indonesia)", { exact: true }).fill(product);
  await page.getByLabel("Deskripsi (Bahasa Indonesia)", { exact: true }).fill("Kain batik cap motif Warak Ngendog, katun primisima, 2 x 1,15 meter.");
  await expect(page.getByLabel("KBLI produk")).toHaveValue("13134");
  await page.getByLabel("Satuan", { exact: true }).fill("lembar");
  await page.getByRole("button", { name: "Simpan produk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: product })).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke langkah menuju terbit" }).click();

  await expect(page).toHaveURL(/\/ikm#langkah-terbit$/);
  await expect(checklist.getByText("5 dari 6 bagian wajib selesai")).toBeVisible();
  await checklist.getByRole("link", { name: /^Periksa dan ajukan kurasi/ }).click();

  // Everything required is there: finish and submit.
  await expect(page.getByText("Semua bagian wajib sudah lengkap. Profil Anda siap diajukan.")).toBeVisible();
  await page.getByRole("button", { name: "Selesai dan ajukan kurasi" }).click();
  const standing = page.getByRole("region", { name: "Status kurasi profil" });
  await expect(standing.getByText("Menunggu kurasi", { exact: true })).toBeVisible();
  await expect(standing.getByText(/Bila petugas meminta perbaikan/)).toBeVisible();
  await expect(stepsOf(page).getByRole("link", { name: /^Periksa dan ajukan\s*sudah diajukan$/ })).toBeVisible();

  // The curation page says the same.
  await standing.getByRole("link", { name: "Buka halaman Kurasi" }).click();
  await expect(page).toHaveURL(/\/ikm\/kurasi$/);
  await expect(page.getByText("Profil Anda sedang menunggu pemeriksaan petugas Disperin.")).toBeVisible();
});
