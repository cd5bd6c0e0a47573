// Issue 20, several representatives: on its phone, the demo buyer (pembeli@, PT Sarinah) names
// its contact and registers a second person for an event; after two SMEs' meetings with it are
// agreed, staff place both in the same slot at two tables, and the schedule shows the two
// meetings with the buyer's two people by name; the check-in desk checks each person in on their
// own and prints each one's code. Finally staff mark the event completed, so it
// leaves the lists other specs read.
import { type Browser, type BrowserContextOptions, devices, expect, test } from "@playwright/test";
import { signedInFrom, todayWib } from "./support/event-day";

const headers = { "x-forwarded-for": "203.0.113.95" };
const signedIn = (browser: Browser, email: string, home: RegExp, options: BrowserContextOptions = {}) => signedInFrom(browser, email, home, { extraHTTPHeaders: headers, ...options });

test("a buyer registers a second representative on its phone and holds two meetings in one slot, each with a named person", async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `Temu Usaha Dua Wakil ${Date.now().toString(36)}`;
  const { day, yesterday, from, until } = todayWib();

  // Staff create the event for today, two people per organisation at most, and publish it.
  const staff = await signedIn(browser, "staf@temu-usaha.test", /\/staf$/);
  await staff.goto("/staf/acara/baru");
  await staff.getByLabel("Judul acara").fill(title);
  await staff.getByLabel("Deskripsi").fill("Temu bisnis dengan beberapa wakil per organisasi.");
  await staff.getByLabel("Tempat", { exact: true }).fill("Gedung Uji Coba");
  await staff.getByLabel("Tanggal mulai").fill(day);
  await staff.getByLabel("Jam mulai").fill("00:00");
  await staff.getByLabel("Tanggal selesai").fill(day);
  await staff.getByLabel("Jam selesai").fill("23:59");
  await staff.getByLabel("Dibuka tanggal").fill(yesterday);
  await staff.getByLabel("Dibuka jam").fill("08:00");
  await staff.getByLabel("Ditutup tanggal").fill(day);
  await staff.getByLabel("Jumlah meja").fill("4");
  await staff.getByLabel("Wakil per peserta").fill("2");
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

  // The buyer (on a phone) and two SMEs register; staff approve them.
  const buyer = await signedIn(browser, "pembeli@temu-usaha.test", /\/pembeli$/, { ...devices["Pixel 7"] });
  const sekar = await signedIn(browser, "ikm@temu-usaha.test", /\/ikm$/);
  const laras = await signedIn(browser, "batik-laras-rejomulyo@ikm.temu-usaha.test", /\/ikm$/);
  for (const page of [buyer, sekar, laras]) {
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

  // On its phone the buyer names its contact and adds a second person; a third is over the limit.
  await buyer.goto(`/peserta/acara/${slug}`);
  const people = buyer.getByRole("region", { name: "Wakil yang hadir" });
  await expect(people.getByText("Wakil pertama adalah kontak organisasi.", { exact: false })).toBeVisible();
  const contact = people.getByRole("form", { name: "Wakil 1" });
  await contact.getByLabel("Nama").fill("Hendra Gunawan");
  await contact.getByLabel("Email").fill("hendra@sarinah.test");
  await contact.getByRole("button", { name: "Simpan" }).click();
  await expect(contact.getByText("Data wakil disimpan.")).toBeVisible();
  const add = people.getByRole("form", { name: "Tambah wakil" });
  await add.getByLabel("Nama").fill("Rina Wulandari");
  await add.getByRole("button", { name: "Tambah wakil" }).click();
  await expect(add.getByText("Isi nomor telepon/WhatsApp atau email agar wakil dapat dihubungi.")).toBeVisible();
  await add.getByLabel("Telepon/WhatsApp").fill("0812-3456-7890");
  await add.getByRole("button", { name: "Tambah wakil" }).click();
  await expect(people.getByRole("form", { name: "Wakil 2" }).getByLabel("Nama")).toHaveValue("Rina Wulandari");
  await expect(people.getByText("Batas wakil untuk acara ini sudah tercapai.")).toBeVisible();
  await expect(people.getByRole("form", { name: "Tambah wakil" })).toHaveCount(0);

  // Both SMEs ask PT Sarinah for a meeting; the buyer accepts both.
  for (const page of [sekar, laras]) {
    await page.goto(`/peserta/acara/${slug}/permintaan`);
    await page.getByRole("button", { name: /^Ajukan pertemuan dengan PT Sarinah/ }).click();
    await expect(page.getByRole("region", { name: "Permintaan terkirim" }).getByRole("listitem", { name: /PT Sarinah/ })).toBeVisible();
  }
  await buyer.goto(`/peserta/acara/${slug}/permintaan`);
  for (const name of ["Batik Sekar Asem", "Batik Laras"]) {
    await buyer.getByRole("button", { name: `Terima permintaan dari ${name}` }).click();
    await expect(buyer.getByRole("region", { name: "Pertemuan disepakati" }).getByRole("listitem", { name: new RegExp(name) })).toBeVisible();
  }

  // Staff place both meetings in the first slot, at tables 1 and 2.
  await staff.goto(`${eventPath}/jadwal`);
  for (const [name, table] of [["Batik Sekar Asem", "1"], ["Batik Laras", "2"]] as const) {
    const place = staff.getByRole("listitem", { name: new RegExp(`^${name} – PT Sarinah`) }).getByRole("form", { name: new RegExp(`^(Tempatkan|Pindahkan): ${name}`) });
    await place.getByLabel("Slot").selectOption({ index: 1 });
    await place.getByLabel("Meja").fill(table);
    await place.getByRole("button", { name: /^(Tempatkan|Pindahkan)$/ }).click();
    await expect(staff.getByText("Pertemuan dipindahkan.")).toBeVisible();
    await expect(staff.getByRole("region", { name: /^Slot 1:/ }).getByRole("listitem", { name: new RegExp(`^${name} – PT Sarinah`) })).toBeVisible();
  }

  // The schedule shows the two meetings in one slot, the buyer's two people by name.
  const slot = staff.getByRole("region", { name: /^Slot 1:/ });
  await expect(slot.getByRole("listitem", { name: /^Batik Sekar Asem – PT Sarinah/ }).getByText(/^PT Sarinah.*: Hendra Gunawan$/)).toBeVisible();
  await expect(slot.getByRole("listitem", { name: /^Batik Laras – PT Sarinah/ }).getByText(/^PT Sarinah.*: Rina Wulandari$/)).toBeVisible();

  // At the desk each of the buyer's people is checked in on their own; an SME with one person looks as before.
  await staff.goto(`${eventPath}/kehadiran`);
  const desk = staff.getByRole("row", { name: /PT Sarinah/ }).getByRole("list", { name: /^Wakil PT Sarinah/ });
  await desk.getByRole("button", { name: /^Catat kehadiran Rina Wulandari dari PT Sarinah/ }).click();
  await expect(desk.getByRole("listitem").filter({ hasText: "Rina Wulandari" }).getByText(/Sudah hadir pukul/)).toBeVisible();
  await expect(desk.getByRole("listitem").filter({ hasText: "Hendra Gunawan" }).getByRole("button", { name: /^Catat kehadiran Hendra Gunawan dari PT Sarinah/ })).toBeVisible();
  await expect(staff.getByRole("row", { name: /Batik Laras/ }).getByRole("button", { name: /^Catat kehadiran Batik Laras/ })).toBeVisible();
  // The printed backup list carries each person's own code under the participant.
  await staff.goto(`${eventPath}/kehadiran/cetak`);
  const printed = staff.getByRole("row", { name: /PT Sarinah/ });
  await expect(printed.getByRole("listitem").filter({ hasText: "Rina Wulandari:" })).toContainText(/[a-z0-9]{5}-[a-z0-9]{5}/i);
  await expect(printed.getByRole("listitem").filter({ hasText: "Hendra Gunawan:" })).toContainText(/[a-z0-9]{5}-[a-z0-9]{5}/i);

  await staff.goto(eventPath);
  await staff.getByRole("link", { name: "Tandai selesai" }).click();
  await staff.getByRole("button", { name: "Ya, tandai selesai" }).click();
  await expect(staff.getByText("Selesai", { exact: true }).first()).toBeVisible();
  for (const page of [staff, buyer, sekar, laras]) await page.context().close();
});
