// Issue 17's acceptance "Event without detours": staff create an event with no registration
// window and run it from its own page, reaching registrations, the matching board (which opens on
// this event), the schedule, the check-in desk and the report by links only: after the one
// page.goto to "Buat acara", staff never type an address. The demo SME (ikm@, Batik Sekar Asem)
// and buyer (pembeli@, PT Sarinah) take part. A result cannot be recorded for a meeting nobody
// checked in to; the desk finds both by the code on their agendas; a saved result reloads with
// its value and note; completing asks first and is undone the same day, then done again (so the
// event leaves the lists other specs read). On the way: the public list shows the event as in
// progress, and a signed-in visitor's footer offers no sign-in.
import { type Browser, expect, test } from "@playwright/test";
import { todayWib, signedInFrom } from "./support/event-day";

const headers = { "x-forwarded-for": "203.0.113.97" };

const signedIn = (browser: Browser, email: string, home: RegExp) => signedInFrom(browser, email, home, { extraHTTPHeaders: headers });


test("staff run an event from its own page, without typing an address", async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `Temu Usaha Tanpa Jalan Memutar ${Date.now().toString(36)}`;
  const { day, yesterday, from, until } = todayWib();

  // Staff create the event with the registration window left empty, as the form allows.
  const staff = await signedIn(browser, "staf@temu-usaha.test", /\/staf$/);
  await staff.goto("/staf/acara/baru");
  await staff.getByLabel("Judul acara").fill(title);
  await staff.getByLabel("Deskripsi").fill("Temu bisnis yang dijalankan dari halaman acaranya sendiri.");
  await staff.getByLabel("Tempat", { exact: true }).fill("Gedung Uji Coba");
  await staff.getByLabel("Tanggal mulai").fill(day);
  await staff.getByLabel("Jam mulai").fill("00:00");
  await staff.getByLabel("Tanggal selesai").fill(day);
  await staff.getByLabel("Jam selesai").fill("23:59");
  await expect(staff.getByLabel("Dibuka tanggal")).toHaveValue("");
  await expect(staff.getByLabel("Ditutup tanggal")).toHaveValue("");
  await staff.getByLabel("Jumlah meja").fill("4");
  const session = staff.getByRole("group", { name: "Sesi 1", exact: true });
  await session.getByLabel("Tanggal").fill(day);
  await session.getByLabel("Dari").fill(from);
  await session.getByLabel("Sampai").fill(until);
  await staff.getByRole("button", { name: "Simpan draf" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(staff.getByText("Draf acara tersimpan. Periksa lalu terbitkan.")).toBeVisible();
  // "Lama satu slot pertemuan": one word for one thing.
  await expect(staff.getByLabel("Lama satu slot pertemuan")).toBeVisible();

  // Later the window is decided, on the same page, and the event is published.
  await staff.getByLabel("Dibuka tanggal").fill(yesterday);
  await staff.getByLabel("Dibuka jam").fill("08:00");
  await staff.getByLabel("Ditutup tanggal").fill(day);
  await staff.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(staff.getByText("Perubahan tersimpan.")).toBeVisible();
  await staff.getByRole("button", { name: "Terbitkan" }).click();
  await expect(staff.getByText("Acara terbit dan tampil di halaman publik.")).toBeVisible();
  const publicPath = (await staff.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href"))!;
  const slug = publicPath.replace("/acara/", "");
  const links = staff.getByRole("region", { name: "Halaman acara" });

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

  // The public list shows the event as in progress, not as upcoming; a signed-in visitor's footer
  // offers no "Masuk" or "Daftar".
  await sme.goto("/acara");
  await expect(sme.getByRole("region", { name: "Sedang berlangsung" }).getByRole("heading", { name: title })).toBeVisible();
  await expect(sme.getByRole("region", { name: "Akan datang" }).getByRole("heading", { name: title })).toHaveCount(0);
  const footer = sme.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "Acara", exact: true })).toBeVisible();
  await expect(footer.getByRole("link", { name: "Masuk", exact: true })).toHaveCount(0);
  await expect(footer.getByRole("link", { name: "Daftar", exact: true })).toHaveCount(0);

  // Registrations, from the event page.
  await links.getByRole("link", { name: "Peserta dan keputusan" }).click();
  await staff.getByRole("row", { name: /Batik Sekar Asem/ }).getByRole("button", { name: "Setujui: Batik Sekar Asem" }).click();
  await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();
  await staff.getByRole("link", { name: /^Pembeli \(\d+\)$/ }).click();
  const buyerRow = staff.getByRole("row", { name: /PT Sarinah/ });
  // A Jakarta buyer's city is not called a kecamatan.
  await expect(buyerRow).not.toContainText("Kecamatan");
  await buyerRow.getByRole("button", { name: "Setujui: PT Sarinah" }).click();
  await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();
  await staff.getByRole("link", { name: "Kembali ke acara" }).click();

  // The matching board, from the event page, opens on this event.
  await links.getByRole("link", { name: "Pencocokan bisnis" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Pencocokan bisnis" })).toBeVisible();
  await expect(staff.getByLabel("Acara", { exact: true })).toHaveValue(slug);
  await staff.getByRole("button", { name: "Buat usulan pasangan" }).click();
  await expect(staff.getByText("Usulan pasangan diperbarui.")).toBeVisible();
  const pair = staff.getByRole("listitem", { name: /Batik Sekar Asem.*PT Sarinah/ });
  await pair.getByRole("button", { name: /^Setujui/ }).click();
  await expect(pair.getByText("Disetujui", { exact: true })).toBeVisible();
  // Before either side has answered, there is nothing to send to scheduling.
  await expect(pair.getByRole("button", { name: /^Kirim ke penjadwalan/ })).toHaveCount(0);
  for (const [page, path, other] of [[sme, "/ikm/pasangan", /PT Sarinah/], [buyer, "/pembeli/pasangan", /Batik Sekar Asem/]] as const) {
    await page.goto(path);
    const match = page.getByRole("listitem", { name: other }).filter({ hasText: title });
    await match.getByRole("button", { name: /^Terima/ }).click();
    // Answered once the button is gone in both labels ("Menerima…" while the answer is on its
    // way); until then the staff's summary may not count the pair yet.
    await expect(match.getByRole("button", { name: /^(Terima|Menerima)/ })).toHaveCount(0);
  }
  // Both accepted: the summary counts the pair as ready for scheduling.
  await staff.reload();
  await expect(staff.getByTestId("summary-ready")).toHaveText("1");
  await staff.getByRole("link", { name: `Ke halaman acara ${title}` }).click();

  // The schedule, from the event page: the meeting goes into the first slot (already begun).
  await links.getByRole("link", { name: "Jadwal pertemuan" }).click();
  await staff.getByRole("button", { name: "Susun jadwal" }).click();
  await expect(staff.getByText("Jadwal disusun.", { exact: false })).toBeVisible();
  const move = staff.getByRole("listitem", { name: /^Batik Sekar Asem – PT Sarinah/ }).getByRole("form", { name: /^Pindahkan: Batik Sekar Asem/ });
  await move.getByLabel("Slot").selectOption({ index: 0 });
  await move.getByLabel("Meja").fill("2");
  await move.getByRole("button", { name: "Pindahkan" }).click();
  await expect(staff.getByText("Pertemuan dipindahkan.")).toBeVisible();
  await staff.getByRole("button", { name: "Terbitkan jadwal" }).click();
  await expect(staff.getByText("Jadwal diterbitkan.")).toBeVisible();
  await staff.getByRole("link", { name: "Kembali ke acara" }).click();

  // Nobody has checked in yet: the meeting has begun, but no result can be recorded.
  await sme.goto(`/peserta/acara/${slug}/agenda`);
  const smeCode = (await sme.getByTestId("check-in-code").textContent())!.trim();
  await expect(sme.getByText("Hasil bisa dicatat setelah Anda dan pihak lain tercatat hadir di meja registrasi.", { exact: false })).toBeVisible();
  await expect(sme.getByRole("form", { name: "Hasil pertemuan dengan PT Sarinah" })).toHaveCount(0);
  await buyer.goto(`/peserta/acara/${slug}/agenda`);
  const buyerCode = (await buyer.getByTestId("check-in-code").textContent())!.trim();

  // The check-in desk, from the event page, finds each by the code printed on the agenda.
  await links.getByRole("link", { name: "Kehadiran" }).click();
  for (const [code, name] of [[buyerCode, "PT Sarinah"], [smeCode.toUpperCase(), "Batik Sekar Asem"]] as const) {
    await staff.getByLabel("Cari peserta").fill(code);
    await staff.getByRole("button", { name: "Cari", exact: true }).click();
    const row = staff.getByRole("row", { name: new RegExp(name) });
    await row.getByRole("button", { name: `Catat kehadiran ${name}` }).click();
    await expect(row.getByText(/Sudah hadir pukul/)).toBeVisible();
  }

  // Both present: the SME records a deal, and the reloaded form shows what was saved.
  await sme.reload();
  const result = sme.getByRole("form", { name: "Hasil pertemuan dengan PT Sarinah" });
  await result.getByRole("radio", { name: "Kesepakatan" }).check();
  await result.getByLabel("Nilai (rupiah)").fill("25000000");
  await result.getByLabel("Catatan (opsional)").fill("Konsinyasi 60 hari.");
  await result.getByRole("button", { name: "Simpan hasil" }).click();
  await expect(sme.getByText("Hasil pertemuan disimpan.")).toBeVisible();
  await sme.reload();
  await expect(result.getByLabel("Nilai (rupiah)")).toHaveValue("25.000.000");
  await expect(result.getByLabel("Catatan (opsional)")).toHaveValue("Konsinyasi 60 hari.");
  // The buyer sees it as the SME's result, not as its own.
  await buyer.reload();
  await expect(buyer.getByText("Dicatat oleh Batik Sekar Asem: Kesepakatan")).toBeVisible();
  await expect(buyer.getByRole("form", { name: "Hasil pertemuan dengan Batik Sekar Asem" }).getByRole("radio", { checked: true })).toHaveCount(0);

  // The report, from the event page, counts the attended meeting as held.
  await staff.getByRole("link", { name: "Kembali ke acara" }).click();
  await links.getByRole("link", { name: "Laporan" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Laporan acara" })).toBeVisible();
  await expect(staff.getByRole("region", { name: "Ringkasan pertemuan" }).getByText(/Rp\s25\.000\.000/)).toBeVisible();
  await expect(staff.getByRole("cell", { name: /Kedua pihak hadir/ })).toBeVisible();

  // Completing asks first; staff undo it the same day and complete it again.
  await staff.getByRole("link", { name: "Kembali ke acara" }).click();
  await staff.getByRole("link", { name: "Tandai selesai" }).click();
  await expect(staff.getByRole("heading", { name: "Tandai acara ini selesai?" })).toBeVisible();
  await staff.getByRole("button", { name: "Ya, tandai selesai" }).click();
  await expect(staff.getByText("Acara ditandai selesai.")).toBeVisible();
  await staff.getByRole("button", { name: "Batalkan status selesai" }).click();
  await expect(staff.getByText("Status selesai dibatalkan; acara kembali terbit.")).toBeVisible();
  await staff.getByRole("link", { name: "Tandai selesai" }).click();
  await staff.getByRole("button", { name: "Ya, tandai selesai" }).click();
  await expect(staff.getByText("Acara ditandai selesai.")).toBeVisible();

  for (const page of [staff, sme, buyer]) await page.context().close();
});
