// Events administration and registration end to end (issue 7): staff create an event with two
// meeting sessions and publish it; the demo SME (ikm@, Batik Sekar Asem) registers from the
// public event page; staff approve the registration; the SME sees "Disetujui". The event is new
// and named uniquely, so no other spec reads it. Then the SME withdraws while staff still have
// the list open: staff's decisions from it are refused with a message.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoPassword as password, signIn } from "./support/accounts";
import { outsideDeskNav } from "./support/staff-desk";

const headers = { "x-forwarded-for": "203.0.113.71" };

async function signedIn(browser: Browser, email: string, home: RegExp): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(home);
  return page;
}

/** A WIB calendar date `days` from today, as a date field takes it. */
function wibDate(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test("staff create and publish an event, an SME registers, staff approve, the SME sees it approved", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Temu Usaha Uji ${Date.now().toString(36)}`;
  const day = wibDate(30);

  const staff = await signedIn(browser, "staf@temu-usaha.test", /\/staf$/);
  // The staff home's events task leads to the list.
  await staff.locator('main a[href="/staf/acara"]').and(outsideDeskNav(staff)).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Acara" })).toBeVisible();
  await staff.getByRole("link", { name: "Buat acara" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Buat acara baru" })).toBeVisible();

  await staff.getByLabel("Judul acara").fill(title);
  await staff.getByLabel("Deskripsi").fill("Temu bisnis uji coba untuk IKM dan pembeli Kota Semarang.");
  await staff.getByLabel("Tempat", { exact: true }).fill("Balai Kota Semarang");
  await staff.getByLabel("Tanggal mulai").fill(day);
  await staff.getByLabel("Jam mulai").fill("08:00");
  await staff.getByLabel("Tanggal selesai").fill(day);
  await staff.getByLabel("Jam selesai").fill("16:00");
  await staff.getByLabel("Dibuka tanggal").fill(wibDate(-1));
  await staff.getByLabel("Dibuka jam").fill("08:00");
  await staff.getByLabel("Ditutup tanggal").fill(wibDate(20));
  await staff.getByLabel("Kuota IKM").fill("5");
  const sessions = [
    ["Sesi 1", "09:00", "12:00"],
    ["Sesi 2", "13:00", "15:00"],
  ] as const;
  for (const [name, from, until] of sessions) {
    const row = staff.getByRole("group", { name, exact: true });
    await row.getByLabel("Tanggal").fill(day);
    await row.getByLabel("Dari").fill(from);
    await row.getByLabel("Sampai").fill(until);
  }
  // An overlapping third session is refused with a clear message, and nothing is saved.
  const third = staff.getByRole("group", { name: "Sesi 3", exact: true });
  await third.getByLabel("Tanggal").fill(day);
  await third.getByLabel("Dari").fill("11:00");
  await third.getByLabel("Sampai").fill("13:30");
  await staff.getByRole("button", { name: "Simpan draf" }).click();
  await expect(third.getByText("Sesi ini bertumpang tindih dengan sesi lain.")).toBeVisible();
  await third.getByLabel("Tanggal").fill("");
  await third.getByLabel("Dari").fill("");
  await third.getByLabel("Sampai").fill("");
  await staff.getByRole("button", { name: "Simpan draf" }).click();

  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(staff.getByText("Draf acara tersimpan.", { exact: false })).toBeVisible();
  // 09.00-12.00 and 13.00-15.00 in 20-minute slots: 9 + 6 slots at 10 tables.
  await expect(staff.getByText("15 slot × 10 meja = kapasitas 150 pertemuan.")).toBeVisible();
  await staff.getByRole("button", { name: "Terbitkan" }).click();
  await expect(staff.getByText("Acara terbit dan tampil di halaman publik.")).toBeVisible();
  const eventUrl = staff.url();
  const publicPath = await staff.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href");
  expect(publicPath).toMatch(/^\/acara\/temu-usaha-uji-/);

  // Anonymous visitors are asked to sign in first, and come back to the event.
  const anonymous = await browser.newPage();
  await anonymous.goto(publicPath!);
  await expect(anonymous.getByRole("link", { name: "Masuk untuk mendaftar" })).toHaveAttribute("href", `/masuk?callbackUrl=${encodeURIComponent(publicPath!)}`);
  await anonymous.close();

  // The SME registers from the public page, naming one slot it cannot attend.
  const sme = await signedIn(browser, "ikm@temu-usaha.test", /\/ikm$/);
  await sme.goto(publicPath!);
  const box = sme.getByRole("region", { name: "Daftar ke acara ini" });
  await box.getByLabel("Apa yang Anda tawarkan atau cari").fill("Batik tulis warna alam untuk ritel dan hotel.");
  await box.getByRole("checkbox").first().check();
  await box.getByRole("button", { name: "Daftar ke acara ini" }).click();
  await expect(sme.getByText("Mendaftar, menunggu persetujuan")).toBeVisible();

  // Staff approve it from the participants page.
  await staff.goto(`${eventUrl.replace(/\?.*$/, "")}/peserta`);
  const row = staff.getByRole("row", { name: /Batik Sekar Asem/ });
  await expect(row.getByText("Batik tulis warna alam untuk ritel dan hotel.")).toBeVisible();
  await row.getByRole("button", { name: "Setujui: Batik Sekar Asem" }).click();
  await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();
  await expect(staff.getByText("1 disetujui dari kuota 5")).toBeVisible();

  // The SME sees the approval in their area.
  await sme.goto("/peserta/acara");
  await expect(sme.getByRole("listitem").filter({ hasText: title }).getByText("Disetujui", { exact: true })).toBeVisible();
  await sme.getByRole("link", { name: title }).click();
  await expect(sme).toHaveURL(new RegExp(`${publicPath!.replace("/acara/", "/peserta/acara/")}$`));
  await expect(sme.getByRole("region", { name: "Status pendaftaran Anda" }).getByText("Disetujui", { exact: true })).toBeVisible();
  await expect(sme.getByRole("link", { name: "Permintaan pertemuan" })).toBeVisible();

  // Staff's list still shows the approval when the SME withdraws: a decision made from it, by the
  // row's button or the bulk form, is refused with a message and the withdrawal stands.
  await staff.reload();
  await sme.goto(publicPath!);
  await sme.getByRole("button", { name: "Mundur dari acara" }).click();
  await expect(sme.getByText("Anda pernah mundur; Anda bisa mendaftar lagi selama pendaftaran dibuka.")).toBeVisible();
  const withdrew = "Peserta ini sudah mengundurkan diri setelah daftar Anda dibuka; keputusan tidak disimpan.";
  await row.getByRole("button", { name: "Tolak: Batik Sekar Asem" }).click();
  await expect(row.getByText(withdrew, { exact: false })).toBeVisible();
  await row.getByRole("checkbox", { name: "Pilih Batik Sekar Asem" }).check();
  const bulk = staff.locator("#bulk-decision");
  await bulk.getByLabel("Keputusan untuk peserta yang dipilih").selectOption("reject");
  await bulk.getByRole("button", { name: "Terapkan" }).click();
  await expect(bulk.getByText(withdrew, { exact: false })).toBeVisible();
  await staff.reload();
  await expect(staff.getByText("0 disetujui dari kuota 5")).toBeVisible();
  await expect(row.getByRole("button", { name: "Tolak: Batik Sekar Asem" })).toHaveCount(0);
  // After a bulk decision that skipped changed rows, the page says how many.
  await staff.goto(`${eventUrl.replace(/\?.*$/, "")}/peserta?jenis=SME&keputusan=approve&dilewati=2`);
  await expect(staff.getByText("2 peserta yang dipilih dilewati karena statusnya berubah", { exact: false })).toBeVisible();
});
