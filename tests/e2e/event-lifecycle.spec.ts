// A whole Temu Usaha Industri through the browser, the acceptance of issue 7: staff create and
// publish an event happening today; the demo SME (ikm@, Batik Sekar Asem) and buyer (pembeli@,
// PT Sarinah) register and are approved; staff generate and approve their match and both accept
// it; staff build the schedule, move the meeting by hand into the first slot (which has begun)
// and publish; both read their agenda and download the .ics; staff check the SME in by its QR
// link and the buyer from the desk list; both record the outcome; the event report shows the
// deal. Finally staff mark the event completed, so it leaves the lists other specs read.
import fs from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { todayWib, signedInFrom } from "./support/event-day";

const headers = { "x-forwarded-for": "203.0.113.98" };

const signedIn = (browser: Browser, email: string, home: RegExp) => signedInFrom(browser, email, home, { extraHTTPHeaders: headers, acceptDownloads: true });


async function downloadCalendar(page: Page): Promise<string> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh ke kalender (.ics)" }).click();
  const download = await downloading;
  return (await fs.readFile(await download.path(), "utf8")).replace(/\r\n /g, "");
}

test("a whole event: publish, register, approve, match, schedule, agendas, check-in, outcomes, report", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Temu Usaha Hari Ini ${Date.now().toString(36)}`;
  const { day, yesterday, from, until } = todayWib();

  // Staff create the event for today, with one session around now, four tables, and publish it.
  const staff = await signedIn(browser, "staf@temu-usaha.test", /\/staf$/);
  await staff.goto("/staf/acara/baru");
  await staff.getByLabel("Judul acara").fill(title);
  await staff.getByLabel("Deskripsi").fill("Temu bisnis IKM dan pembeli, diuji dari awal sampai laporan.");
  await staff.getByLabel("Tempat", { exact: true }).fill("Gedung Uji Coba");
  await staff.getByLabel("Tanggal mulai").fill(day);
  await staff.getByLabel("Jam mulai").fill("00:00");
  await staff.getByLabel("Tanggal selesai").fill(day);
  await staff.getByLabel("Jam selesai").fill("23:59");
  await staff.getByLabel("Dibuka tanggal").fill(yesterday);
  await staff.getByLabel("Dibuka jam").fill("08:00");
  await staff.getByLabel("Ditutup tanggal").fill(day);
  await staff.getByLabel("Jumlah meja").fill("4");
  const session = staff.getByRole("group", { name: "Sesi 1", exact: true });
  await session.getByLabel("Tanggal").fill(day);
  await session.getByLabel("Dari").fill(from);
  await session.getByLabel("Sampai").fill(until);
  await staff.getByRole("button", { name: "Simpan draf" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await staff.getByRole("button", { name: "Terbitkan" }).click();
  await expect(staff.getByText("Acara terbit dan tampil di halaman publik.")).toBeVisible();
  const eventPath = new URL(staff.url()).pathname;
  const publicPath = (await staff.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href"))!;
  const slug = publicPath.replace("/acara/", "");

  // The SME and the buyer register from the public page.
  const sme = await signedIn(browser, "ikm@temu-usaha.test", /\/ikm$/);
  const buyer = await signedIn(browser, "pembeli@temu-usaha.test", /\/pembeli$/);
  for (const [page, note] of [[sme, "Batik tulis warna alam."], [buyer, "Mencari batik untuk gerai ritel."]] as const) {
    await page.goto(publicPath);
    const box = page.getByRole("region", { name: "Daftar ke acara ini" });
    await box.getByLabel("Apa yang Anda tawarkan atau cari").fill(note);
    await box.getByRole("button", { name: "Daftar ke acara ini" }).click();
    await expect(page.getByText("Mendaftar, menunggu persetujuan")).toBeVisible();
  }

  // Staff approve both.
  await staff.goto(`${eventPath}/peserta`);
  await staff.getByRole("row", { name: /Batik Sekar Asem/ }).getByRole("button", { name: "Setujui: Batik Sekar Asem" }).click();
  await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();
  await staff.goto(`${eventPath}/peserta?jenis=BUYER`);
  await staff.getByRole("row", { name: /PT Sarinah/ }).getByRole("button", { name: "Setujui: PT Sarinah" }).click();
  await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();

  // Staff generate the event's matches and approve the pair; both sides accept it.
  await staff.goto(`/staf/pencocokan?acara=${slug}`);
  await staff.getByRole("button", { name: "Buat usulan pasangan" }).click();
  await expect(staff.getByText("Usulan pasangan diperbarui.")).toBeVisible();
  const pair = staff.getByRole("listitem", { name: /Batik Sekar Asem.*PT Sarinah/ });
  await pair.getByRole("button", { name: /^Setujui/ }).click();
  await expect(pair.getByText("Disetujui", { exact: true })).toBeVisible();
  for (const [page, path, other] of [[sme, "/ikm/pasangan", /PT Sarinah/], [buyer, "/pembeli/pasangan", /Batik Sekar Asem/]] as const) {
    await page.goto(path);
    const match = page.getByRole("listitem", { name: other }).filter({ hasText: title });
    await match.getByRole("button", { name: /^Terima/ }).click();
    // "Menerima…" while the answer is on its way: wait until it is recorded.
    await expect(match.getByRole("button", { name: /^(Terima|Menerima)/ })).toHaveCount(0);
  }

  // Staff build the schedule, put the meeting into the first slot (already begun) at table 2, publish.
  await staff.goto(`${eventPath}/jadwal`);
  await expect(staff.getByRole("heading", { level: 1, name: "Jadwal pertemuan" })).toBeVisible();
  await staff.getByRole("button", { name: "Susun jadwal" }).click();
  await expect(staff.getByText("Jadwal disusun.", { exact: false })).toBeVisible();
  const meeting = staff.getByRole("listitem", { name: /^Batik Sekar Asem – PT Sarinah/ });
  const move = meeting.getByRole("form", { name: /^Pindahkan: Batik Sekar Asem/ });
  await move.getByLabel("Slot").selectOption({ index: 0 });
  await move.getByLabel("Meja").fill("2");
  await move.getByRole("button", { name: "Pindahkan" }).click();
  await expect(staff.getByText("Pertemuan dipindahkan.")).toBeVisible();
  await expect(staff.getByRole("listitem", { name: /^Batik Sekar Asem – PT Sarinah/ }).getByText("Meja 2")).toBeVisible();
  await staff.getByRole("button", { name: "Terbitkan jadwal" }).click();
  await expect(staff.getByText("Jadwal diterbitkan.")).toBeVisible();

  // Both see the meeting in their agenda and download it.
  await sme.goto(`/peserta/acara/${slug}/agenda`);
  await expect(sme.getByRole("heading", { level: 1, name: "Agenda pertemuan Anda" })).toBeVisible();
  await expect(sme.getByRole("listitem").filter({ hasText: "Meja 2" }).getByText("PT Sarinah")).toBeVisible();
  const smeCalendar = await downloadCalendar(sme);
  expect(smeCalendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(smeCalendar).toContain("SUMMARY:Temu Usaha: PT Sarinah (Persero)\\, meja 2");
  const code = (await sme.getByTestId("check-in-code").textContent())!.trim();
  await buyer.goto(`/peserta/acara/${slug}/agenda`);
  await expect(buyer.getByRole("listitem").filter({ hasText: "Meja 2" }).getByText("Batik Sekar Asem")).toBeVisible();
  expect(await downloadCalendar(buyer)).toContain("SUMMARY:Temu Usaha: Batik Sekar Asem\\, meja 2");

  // Staff check the SME in with its QR link, and the buyer from the desk list.
  await staff.goto(`${eventPath}/hadir/${code}`);
  await staff.getByRole("button", { name: "Catat kehadiran" }).click();
  await expect(staff.getByText(/Sudah hadir pukul \d{2}\.\d{2}/)).toBeVisible();
  await staff.goto(`${eventPath}/kehadiran`);
  await staff.getByLabel("Cari peserta").fill("Sarinah");
  await staff.getByRole("button", { name: "Cari", exact: true }).click();
  const desk = staff.getByRole("row", { name: /PT Sarinah/ });
  await desk.getByRole("button", { name: "Catat kehadiran PT Sarinah" }).click();
  await expect(desk.getByText(/Sudah hadir pukul/)).toBeVisible();
  // A mistaken check-in is undone and done again.
  await desk.getByRole("button", { name: "Batalkan kehadiran PT Sarinah" }).click();
  await desk.getByRole("button", { name: "Catat kehadiran PT Sarinah" }).click();
  await expect(desk.getByText(/Sudah hadir pukul/)).toBeVisible();

  // The paper backups for a venue without internet: the desk list with codes, the whole grid.
  await staff.goto(`${eventPath}/kehadiran/cetak`);
  await expect(staff.getByRole("row", { name: /Batik Sekar Asem/ })).toContainText(code);
  await staff.goto(`${eventPath}/jadwal/cetak`);
  await expect(staff.getByRole("table", { name: "Meja 1–4" }).getByRole("cell", { name: /Batik Sekar Asem/ })).toContainText("PT Sarinah");

  // Both record the result: the SME a deal of Rp 25.000.000, the buyer a purchase order of Rp 20.000.000.
  for (const [page, other, outcome, value] of [[sme, "PT Sarinah", "Kesepakatan", "25.000.000"], [buyer, "Batik Sekar Asem", "Pesanan pembelian (PO)", "20.000.000"]] as const) {
    await page.reload();
    const result = page.getByRole("form", { name: `Hasil pertemuan dengan ${other}` });
    await result.getByRole("radio", { name: outcome }).check();
    if (page === sme) {
      // A deal without its value is refused first.
      await result.getByRole("button", { name: "Simpan hasil" }).click();
      await expect(result.getByText("Isi nilai untuk pesanan pembelian atau kesepakatan.")).toBeVisible();
    }
    await result.getByLabel("Nilai (rupiah)").fill(value);
    await result.getByRole("button", { name: "Simpan hasil" }).click();
    await expect(page.getByText("Hasil pertemuan disimpan.")).toBeVisible();
  }

  // The event report counts the held meeting, the checked-in participants and the deal at its larger value.
  await staff.goto(`${eventPath}/laporan`);
  await expect(staff.getByRole("heading", { level: 1, name: "Laporan acara" })).toBeVisible();
  await expect(staff.getByRole("region", { name: "Ringkasan pertemuan" }).getByText(/Rp\s25\.000\.000/)).toBeVisible();
  await expect(staff.getByRole("table", { name: /per sektor/ }).getByRole("row").filter({ hasText: "Total" })).toContainText(/Rp\s25\.000\.000/);
  const people = staff.getByRole("table", { name: /Peserta hadir/ });
  await expect(people.getByRole("row", { name: /IKM/ })).toHaveText(/IKM\s*1\s*1/);
  await expect(people.getByRole("row", { name: /Pembeli/ })).toHaveText(/Pembeli\s*1\s*1/);

  // The follow-up pipeline opens; the agenda file is the participants' own, not staff's or the public's.
  await staff.goto("/staf/tindak-lanjut");
  await expect(staff.getByRole("heading", { level: 1, name: "Tindak lanjut pertemuan" })).toBeVisible();
  const forStaff = await staff.request.get(`/peserta/acara/${slug}/agenda.ics`, { maxRedirects: 0 });
  expect(forStaff.status()).toBeGreaterThanOrEqual(300);
  expect(forStaff.status()).toBeLessThan(400);
  const anonymous = await browser.newContext();
  const signedOut = await anonymous.request.get(`/peserta/acara/${slug}/agenda.ics`, { maxRedirects: 0 });
  expect(signedOut.headers()["location"]).toMatch(/\/masuk\?callbackUrl=/);
  await anonymous.close();

  // The event closes with its results kept.
  await staff.goto(eventPath);
  // Completing asks first (a page of its own, no JavaScript needed).
  await staff.getByRole("link", { name: "Tandai selesai" }).click();
  await staff.getByRole("button", { name: "Ya, tandai selesai" }).click();
  await expect(staff.getByText("Selesai", { exact: true }).first()).toBeVisible();

  for (const page of [staff, sme, buyer]) await page.context().close();
});
