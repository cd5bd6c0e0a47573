// Issue 17 acceptance, the staff desk: staff reach every staff area from the navigation that
// stays, on a desktop (1280x800) and on a phone (Pixel 7); the current area is marked; the
// waiting-work counts agree with what each queue lists (tests/integration/staff-desk-counts.test.ts
// compares the same counts with the database's own SQL); a newly submitted SME is found by
// searching its name in the curation queue.
import { devices, expect, type Locator, type Page, test } from "@playwright/test";
import { demoAccounts, signedInPage, signIn, uniqueEmail, verifyFromMail } from "./support/accounts";

/** The staff areas, in the navigation's words, with the page each opens (its h1). */
const staffAreas = [
  { link: "Ringkasan", path: /\/staf$/, heading: "Ringkasan program" },
  { link: "Antrean kurasi", path: /\/staf\/kurasi$/, heading: "Antrean kurasi IKM" },
  { link: "Verifikasi sertifikat", path: /\/staf\/sertifikat$/, heading: "Verifikasi sertifikat" },
  { link: "Kesiapan ekspor", path: /\/staf\/kesiapan-ekspor$/, heading: "Kesiapan ekspor IKM" },
  { link: "Acara dan pendaftaran", path: /\/staf\/acara$/, heading: "Acara" },
  { link: "Pencocokan bisnis", path: /\/staf\/pencocokan$/, heading: "Pencocokan bisnis" },
  { link: "Tindak lanjut terlambat", path: /\/staf\/tindak-lanjut$/, heading: "Tindak lanjut pertemuan" },
  { link: "IKM dampingan", path: /\/staf\/ikm$/, heading: "IKM dampingan" },
  { link: "Permintaan pasokan", path: /\/staf\/permintaan$/, heading: "Permintaan pasokan" },
  { link: "Pertanyaan pembeli", path: /\/staf\/pertanyaan$/, heading: "Pertanyaan pembeli" },
  { link: "Rujukan mitra", path: /\/staf\/rujukan$/, heading: "Statistik rujukan mitra" },
  { link: "Dasbor dan unduhan", path: /\/staf\/dasbor$/, heading: "Dasbor program" },
] as const;

const deskNav = (page: Page) => page.getByRole("navigation", { name: "Navigasi meja kerja" });

/** A link's waiting-work count, read from its accessible name ("Antrean kurasi 3 menunggu"). */
async function countOf(link: Locator): Promise<number> {
  const name = (await link.textContent()) ?? "";
  const match = /([\d.]+)\s*menunggu/.exec(name);
  if (!match?.[1]) throw new Error(`No count in "${name}"`);
  return Number(match[1].replace(/\./g, ""));
}

test.describe("staff desk on a desktop", () => {
  test("every staff area is reached from the sidebar, which marks the current one", async ({ browser }) => {
    test.setTimeout(90_000);
    const page = await signedInPage(browser, demoAccounts.staff);
    await page.goto("/staf");
    for (const area of staffAreas) {
      const link = deskNav(page).getByRole("link", { name: new RegExp(`^${area.link}`) });
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(area.path);
      await expect(page.getByRole("heading", { level: 1, name: area.heading, exact: true })).toBeVisible();
      await expect(deskNav(page).getByRole("link", { name: new RegExp(`^${area.link}`) })).toHaveAttribute("aria-current", "page");
      await expect(deskNav(page).locator('[aria-current="page"]')).toHaveCount(1);
    }
    // Staff do not see the administration's links; an admin does, in the same navigation.
    await expect(deskNav(page).getByRole("link", { name: "Pengguna" })).toHaveCount(0);
    const admin = await signedInPage(browser, demoAccounts.admin);
    await admin.goto("/admin");
    await deskNav(admin).getByRole("link", { name: "Log audit" }).click();
    await expect(admin).toHaveURL(/\/admin\/audit$/);
    await deskNav(admin).getByRole("link", { name: /^Antrean kurasi/ }).click();
    await expect(admin).toHaveURL(/\/staf\/kurasi$/);
  });

  test("each waiting-work count is what the queue behind it lists", async ({ browser }) => {
    const page = await signedInPage(browser, demoAccounts.staff);
    await page.goto("/staf");
    const nav = deskNav(page);
    const counts = {
      curation: await countOf(nav.getByRole("link", { name: /^Antrean kurasi/ })),
      certificates: await countOf(nav.getByRole("link", { name: /^Verifikasi sertifikat/ })),
      readiness: await countOf(nav.getByRole("link", { name: /^Kesiapan ekspor/ })),
      registrations: await countOf(nav.getByRole("link", { name: /^Acara dan pendaftaran/ })),
    };
    // The demo data has waiting work here: the comparison is not of zeros.
    expect(counts.curation).toBeGreaterThan(0);

    // The staff home's events line counts registrations awaiting a decision with its own words.
    const registrations = counts.registrations === 0 ? "tidak ada pendaftaran yang menunggu" : `${counts.registrations} pendaftaran menunggu keputusan`;
    await expect(page.getByText(registrations)).toBeVisible();

    await page.goto("/staf/kurasi");
    const kinds = page.getByRole("navigation", { name: "Jenis kurasi" });
    const profiles = Number(/\((\d+) perlu ditangani\)/.exec((await kinds.getByRole("link", { name: /^Profil IKM/ }).textContent()) ?? "")?.[1]);
    const products = Number(/\((\d+) perlu ditangani\)/.exec((await kinds.getByRole("link", { name: /^Produk/ }).textContent()) ?? "")?.[1]);
    expect(profiles + products).toBe(counts.curation);

    await page.goto("/staf/sertifikat");
    if (counts.certificates > 0) await expect(page.getByRole("status").filter({ hasText: `${counts.certificates} sertifikat menunggu` })).toBeVisible();
    else await expect(page.getByRole("heading", { name: "Tidak ada sertifikat yang menunggu" })).toBeVisible();

    await page.goto("/staf/kesiapan-ekspor?status=awaiting");
    await expect(page.getByText(counts.readiness === 0 ? "Belum ada penilaian." : `${counts.readiness} penilaian.`)).toBeVisible();
  });

  test("a newly submitted SME is found by searching its name in the curation queue", async ({ browser }) => {
    test.setTimeout(150_000);
    const businessName = `Tenun Cari ${Date.now().toString(36)}`;
    const email = uniqueEmail("desk-sme");
    const password = "Tenun#Cari2026";
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.91" } });
    const sme = await context.newPage();
    await sme.goto("/daftar/ikm");
    await sme.getByLabel("Nama lengkap").fill("Ratna Tenun");
    await sme.getByLabel("Email").fill(email);
    await sme.getByLabel("Kata sandi", { exact: true }).fill(password);
    await sme.getByLabel("Ulangi kata sandi").fill(password);
    await sme.getByLabel("Nama usaha").fill(businessName);
    await sme.getByLabel("Bentuk usaha").selectOption({ label: "Usaha Dagang (UD)" });
    await sme.getByLabel("Kecamatan lokasi usaha").selectOption({ label: "Semarang Tengah" });
    await sme.getByLabel(/setuju data saya diolah/).check();
    await sme.getByRole("button", { name: "Daftar", exact: true }).click();
    await expect(sme.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();
    await verifyFromMail(sme, email);
    await signIn(sme, email, password);
    await expect(sme).not.toHaveURL(/\/masuk/);
    // The required parts first (a profile missing one is refused), through the wizard.
    await sme.goto("/ikm/profil?langkah=1");
    await sme.getByLabel("NIB (Nomor Induk Berusaha)").fill(String(Date.now()).slice(0, 13));
    await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(sme.getByRole("heading", { level: 2, name: "Alamat" })).toBeVisible();
    await sme.getByLabel("Kelurahan", { exact: true }).selectOption({ index: 1 });
    await sme.getByLabel("Alamat tempat usaha").fill("Jl. Pekojan No. 12, RT 01/RW 02");
    await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(sme.getByRole("heading", { level: 2, name: "Sektor dan kapasitas" })).toBeVisible();
    const primary = sme.getByRole("combobox", { name: "KBLI utama" });
    await primary.fill("batik");
    await sme.getByRole("option", { name: /13134/ }).click();
    await expect(primary).toHaveValue("13134");
    await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(sme.getByRole("heading", { level: 2, name: "Pasar dan kontak" })).toBeVisible();
    await sme.getByRole("checkbox", { name: "Reseller atau agen" }).check();
    await sme.getByLabel("Nomor WhatsApp").fill("0812 3344 5566");
    await sme.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(sme.getByRole("heading", { level: 2, name: "Logo dan foto" })).toBeVisible();

    // Submitting without a product is refused, naming it; with one it goes through.
    await sme.goto("/ikm/kurasi");
    await sme.getByRole("button", { name: "Ajukan untuk kurasi" }).click();
    await expect(sme.getByRole("alert").filter({ hasText: "Profil belum dapat diajukan. Lengkapi dulu bagian yang masih kurang: Paling sedikit satu produk" })).toBeVisible();
    await sme.goto("/ikm/produk/baru");
    const product = `Kain Tenun Cari ${Date.now().toString(36)}`;
    await sme.getByLabel("Nama produk (Bahasa Indonesia)", { exact: true }).fill(product);
    await sme.getByLabel("Deskripsi (Bahasa Indonesia)", { exact: true }).fill("Kain tenun ikat, katun, 2 x 1 meter.");
    await sme.getByLabel("Satuan", { exact: true }).fill("lembar");
    await sme.getByRole("button", { name: "Simpan produk" }).click();
    await expect(sme.getByRole("heading", { level: 1, name: product })).toBeVisible();
    await sme.goto("/ikm/kurasi");
    await sme.getByRole("button", { name: "Ajukan untuk kurasi" }).click();
    await expect(sme.getByText("Menunggu kurasi", { exact: true }).first()).toBeVisible();

    const staff = await signedInPage(browser, demoAccounts.staff);
    await staff.goto("/staf/kurasi");
    const search = staff.getByRole("search", { name: "Cari dan saring" });
    await search.getByLabel("Nama, NIB, atau email").fill(businessName);
    await search.getByRole("button", { name: "Terapkan" }).click();
    await expect(staff).toHaveURL(new RegExp(`q=${encodeURIComponent(businessName).replace(/%20/g, "\\+")}`));
    const rows = staff.getByRole("table").getByRole("row");
    await expect(rows.filter({ has: staff.getByRole("link", { name: businessName }) })).toHaveCount(1);
    await expect(rows).toHaveCount(2); // the header row and the one match

    // A filter it does not meet: nothing matches, with the way back.
    await search.getByLabel("Kecamatan").selectOption({ label: "Tugu" });
    await search.getByRole("button", { name: "Terapkan" }).click();
    await expect(staff.getByRole("heading", { name: "Tidak ada yang cocok" })).toBeVisible();
    await staff.getByRole("link", { name: "Atur ulang pencarian" }).first().click();
    await expect(staff).toHaveURL(/\/staf\/kurasi$/);

    // A bad value in the address is ignored with a message, never an error page.
    await staff.goto("/staf/kurasi?dari=0000-01-01&kbli=abc");
    await expect(staff.getByRole("status").filter({ hasText: "Saringan berikut tidak sah dan diabaikan: Divisi KBLI, Dari tanggal." })).toBeVisible();
    await expect(staff.getByRole("heading", { name: "Antrean kurasi IKM", level: 1 })).toBeVisible();
  });
});

test.describe("staff desk on a phone", () => {
  test("every staff area is reached from the desk menu, a <details> that closes after each move", async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ ...devices["Pixel 7"] });
    const page = await context.newPage();
    await signIn(page, demoAccounts.staff);
    await expect(page).not.toHaveURL(/\/masuk/);
    await page.goto("/staf");
    // The sidebar is not shown on a phone, and the menu starts closed.
    await expect(deskNav(page)).toBeHidden();
    const menu = page.locator("summary", { hasText: "Menu meja kerja" });
    for (const area of staffAreas) {
      await menu.click();
      const link = deskNav(page).getByRole("link", { name: new RegExp(`^${area.link}`) });
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(area.path);
      await expect(page.getByRole("heading", { level: 1, name: area.heading, exact: true })).toBeVisible();
      await expect(deskNav(page)).toBeHidden();
      await menu.click();
      await expect(deskNav(page).getByRole("link", { name: new RegExp(`^${area.link}`) })).toHaveAttribute("aria-current", "page");
      await page.keyboard.press("Escape");
      await expect(deskNav(page)).toBeHidden();
    }
  });
});
