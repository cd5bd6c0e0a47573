// Issue 20's acceptance "on the event day": staff mark a buyer's 10:00 meeting as a no-show; another
// SME makes a walk-in request to that buyer from its phone (Pixel 7); the request is placed into
// the buyer's freed 10:00 time, and both agendas show it with a notification. The event runs from
// today until the day of its one session, 10:00-11:00 (three 20-minute slots): today when 10:00 is
// still ahead, else tomorrow, so the 10:00 slot is always still ahead. The demo SME (ikm@, Batik
// Sekar Asem) holds the 10:00 meeting with the demo buyer (pembeli@, PT Sarinah); the demo SME
// Batik Laras asks the walk-in. Finally staff mark the event completed, so it leaves the lists
// other specs read.
import { type Browser, type BrowserContextOptions, devices, expect, test } from "@playwright/test";
import { signedInFrom } from "./support/event-day";

const headers = { "x-forwarded-for": "203.0.113.96" };
const signedIn = (browser: Browser, email: string, home: RegExp, options: BrowserContextOptions = {}) => signedInFrom(browser, email, home, { extraHTTPHeaders: headers, ...options });

/** Today in WIB, and the day whose 10:00 is at least half an hour ahead. */
function eventDays() {
  const wib = new Date(Date.now() + 7 * 3_600_000);
  const date = (offsetDays: number) => new Date(wib.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const minutes = wib.getUTCHours() * 60 + wib.getUTCMinutes();
  return { today: date(0), yesterday: date(-1), sessionDay: minutes < 9 * 60 + 30 ? date(0) : date(1) };
}

test("on the event day a no-show's 10:00 goes to an SME's walk-in request from its phone", async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `Temu Usaha Langsung ${Date.now().toString(36)}`;
  const { today, yesterday, sessionDay } = eventDays();

  // Staff create the event (running since this morning) with its 10:00-11:00 session, and publish it.
  const staff = await signedIn(browser, "staf@temu-usaha.test", /\/staf$/);
  await staff.goto("/staf/acara/baru");
  await staff.getByLabel("Judul acara").fill(title);
  await staff.getByLabel("Deskripsi").fill("Temu bisnis dengan permintaan pertemuan di tempat pada hari acara.");
  await staff.getByLabel("Tempat", { exact: true }).fill("Gedung Uji Coba");
  await staff.getByLabel("Tanggal mulai").fill(today);
  await staff.getByLabel("Jam mulai").fill("00:00");
  await staff.getByLabel("Tanggal selesai").fill(sessionDay);
  await staff.getByLabel("Jam selesai").fill("23:59");
  await staff.getByLabel("Dibuka tanggal").fill(yesterday);
  await staff.getByLabel("Dibuka jam").fill("08:00");
  await staff.getByLabel("Ditutup tanggal").fill(sessionDay);
  await staff.getByLabel("Jumlah meja").fill("4");
  const session = staff.getByRole("group", { name: "Sesi 1", exact: true });
  await session.getByLabel("Tanggal").fill(sessionDay);
  await session.getByLabel("Dari").fill("10:00");
  await session.getByLabel("Sampai").fill("11:00");
  await staff.getByRole("button", { name: "Simpan draf" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await staff.getByRole("button", { name: "Terbitkan" }).click();
  await expect(staff.getByText("Acara terbit dan tampil di halaman publik.")).toBeVisible();
  const eventPath = new URL(staff.url()).pathname;
  const publicPath = (await staff.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href"))!;
  const slug = publicPath.replace("/acara/", "");

  // Two SMEs and the buyer register; staff approve them.
  const sme = await signedIn(browser, "ikm@temu-usaha.test", /\/ikm$/);
  const buyer = await signedIn(browser, "pembeli@temu-usaha.test", /\/pembeli$/);
  const phone = await signedIn(browser, "batik-laras-rejomulyo@ikm.temu-usaha.test", /\/ikm$/, { ...devices["Pixel 7"] });
  for (const page of [sme, buyer, phone]) {
    await page.goto(publicPath);
    const box = page.getByRole("region", { name: "Daftar ke acara ini" });
    await box.getByLabel("Apa yang Anda tawarkan atau cari").fill("Batik dan kain untuk gerai ritel.");
    await box.getByRole("button", { name: "Daftar ke acara ini" }).click();
    await expect(page.getByText("Mendaftar, menunggu persetujuan")).toBeVisible();
  }
  for (const [query, name] of [["", "Batik Sekar Asem"], ["", "Batik Laras"], ["?jenis=BUYER", "PT Sarinah"]] as const) {
    await staff.goto(`${eventPath}/peserta${query}`);
    await staff.getByRole("row", { name: new RegExp(name) }).getByRole("button", { name: new RegExp(`^Setujui: ${name}`) }).click();
    await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();
  }

  // Batik Sekar Asem asks PT Sarinah for a meeting, which accepts.
  await sme.goto(`/peserta/acara/${slug}/permintaan`);
  await sme.getByRole("button", { name: /^Ajukan pertemuan dengan PT Sarinah/ }).click();
  await expect(sme.getByRole("region", { name: "Permintaan terkirim" }).getByRole("listitem", { name: /PT Sarinah/ })).toBeVisible();
  await buyer.goto(`/peserta/acara/${slug}/permintaan`);
  await buyer.getByRole("button", { name: "Terima permintaan dari Batik Sekar Asem" }).click();
  await expect(buyer.getByRole("region", { name: "Pertemuan disepakati" }).getByRole("listitem", { name: /Batik Sekar Asem/ })).toBeVisible();

  // Staff schedule it at 10:00, table 1, and publish.
  await staff.goto(`${eventPath}/jadwal`);
  await staff.getByRole("button", { name: "Susun jadwal" }).click();
  await expect(staff.getByText("Jadwal disusun.", { exact: false })).toBeVisible();
  const move = staff.getByRole("listitem", { name: /^Batik Sekar Asem – PT Sarinah/ }).getByRole("form", { name: /^Pindahkan: Batik Sekar Asem/ });
  await move.getByLabel("Slot").selectOption({ index: 0 });
  await move.getByLabel("Meja").fill("1");
  await move.getByRole("button", { name: "Pindahkan" }).click();
  await expect(staff.getByText("Pertemuan dipindahkan.")).toBeVisible();
  await staff.getByRole("button", { name: "Terbitkan jadwal" }).click();
  await expect(staff.getByText("Jadwal diterbitkan.")).toBeVisible();

  // On the live board (linked from the event page) staff mark the 10:00 meeting as a no-show.
  await staff.goto(eventPath);
  await staff.getByRole("link", { name: "Papan langsung hari acara" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Papan langsung" })).toBeVisible();
  await staff.getByRole("button", { name: /^Tandai tidak hadir: pertemuan Batik Sekar Asem – PT Sarinah.* pukul 10\.00 WIB$/ }).click();
  await expect(staff.getByText("Ditandai tidak hadir; slotnya kini bebas.")).toBeVisible();
  const freed = staff.getByRole("region", { name: "Slot yang dibebaskan" });
  await expect(freed.getByRole("listitem").filter({ hasText: "Tidak hadir" })).toContainText(/10\.00 WIB, meja 1: Batik Sekar Asem – PT Sarinah.*masih luang: Batik Sekar Asem, PT Sarinah/);

  // Batik Laras, on its phone, asks PT Sarinah for a meeting on the spot: it gets the freed 10:00.
  await phone.goto(`/peserta/acara/${slug}`);
  const walkIn = phone.getByRole("region", { name: "Minta pertemuan hari ini" });
  await walkIn.getByLabel("Peserta yang ingin ditemui").selectOption({ label: "PT Sarinah (Persero)" });
  await walkIn.getByRole("button", { name: "Minta pertemuan" }).click();
  await expect(walkIn.getByText("Pertemuan ditempatkan.", { exact: false })).toBeVisible();
  await expect(walkIn.getByRole("listitem").filter({ hasText: "PT Sarinah" })).toHaveText(/10\.00 WIB, meja 1/);

  // Both agendas show it at 10:00, and both were notified.
  await phone.goto(`/peserta/acara/${slug}/agenda`);
  await expect(phone.getByRole("listitem").filter({ hasText: "Meja 1" }).filter({ hasText: "10.00" }).getByText("PT Sarinah")).toBeVisible();
  await buyer.goto(`/peserta/acara/${slug}/agenda`);
  const buyerAgenda = buyer.getByRole("listitem").filter({ hasText: "Meja 1" }).filter({ hasText: "10.00" });
  await expect(buyerAgenda.getByText("Batik Laras")).toBeVisible();
  await expect(buyer.getByText("Batik Sekar Asem")).toHaveCount(0);
  for (const [page, other] of [[phone, "PT Sarinah (Persero)"], [buyer, "Batik Laras"]] as const) {
    await page.goto("/akun/notifikasi");
    await expect(page.getByRole("heading", { level: 2, name: `Pertemuan baru di agenda Anda: ${other}` })).toBeVisible();
  }

  // On the board the buyer's freed 10:00 is taken again (only the SME that did not come is still free then); then the event closes.
  await staff.reload();
  await expect(staff.getByRole("region", { name: "Slot yang dibebaskan" }).getByRole("listitem").filter({ hasText: "Tidak hadir" })).toHaveText(/meja 1: Batik Sekar Asem – PT Sarinah \(Persero\)\s*masih luang: Batik Sekar Asem$/);
  await staff.goto(eventPath);
  await staff.getByRole("link", { name: "Tandai selesai" }).click();
  await staff.getByRole("button", { name: "Ya, tandai selesai" }).click();
  await expect(staff.getByText("Selesai", { exact: true }).first()).toBeVisible();

  for (const page of [staff, sme, buyer, phone]) await page.context().close();
});
