// Issue 20's acceptance "a consortium meeting appears on the buyer's and every member's agenda at
// the same slot and table". Everything goes through the app: staff create an event of their own
// (so the demo events stay as other specs expect them), a demo buyer with an account that is in no
// other event of the specs (Hotel Candi Panorama; consortium.spec.ts has PT Sarinah ask the same
// SMEs on the fourth-quarter event, and neither run may propose for the other's request) and the
// two published SMEs of the Sentra Bandeng Presto Krobokan register and are approved; the
// buyer asks for 10,000 kg of bandeng presto a month, more than either SME makes; staff generate
// the event's matches and approve the sentra's consortium; both members and the buyer accept, and
// the consortium's meeting request becomes one group meeting. Staff build and publish the
// schedule: the buyer's and both members' agendas show the one meeting at the same time and
// table, each naming the other parties, and the staff's printed grid shows all three in one cell.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signedInFrom } from "./support/event-day";

const headers = { "x-forwarded-for": "203.0.113.98" };
const signedIn = (browser: Browser, email: string, home: RegExp) => signedInFrom(browser, email, home, { extraHTTPHeaders: headers });

const buyerEmail = "hotel-candi-panorama@pembeli.temu-usaha.test";
const buyerName = "Hotel Candi Panorama Semarang";
const demand = `${buyerName}: 10.000 kg/bulan`;
// Owners' accounts as lib/seed/demo-data/build-rows.ts names them (`<slug>@ikm.temu-usaha.test`).
const members = [
  { email: "bandeng-presto-sari-laut@ikm.temu-usaha.test", name: "Bandeng Presto Sari Laut" },
  { email: "bandeng-juwita@ikm.temu-usaha.test", name: "Bandeng Juwita Presto" },
] as const;

/** A date in WIB `days` from today, as the date field wants it. */
function wibDate(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The agenda card of the meeting with `name`: its start (the time element's ISO value) and table. */
async function placeOn(page: Page, slug: string, name: string): Promise<{ startsAt: string; table: string; text: string }> {
  await page.goto(`/peserta/acara/${slug}/agenda`);
  const card = page.getByRole("region", { name: "Jadwal pertemuan" }).getByRole("listitem").filter({ hasText: name });
  await expect(card).toHaveCount(1);
  return {
    startsAt: (await card.locator("time").first().getAttribute("datetime"))!,
    table: (await card.getByText(/^Meja \d+$/).textContent())!,
    text: await card.innerText(),
  };
}

test("a consortium meeting appears on the buyer's and every member's agenda at the same slot and table", async ({ browser }) => {
  test.setTimeout(420_000);
  const stamp = Date.now().toString(36);
  const title = `Temu Konsorsium Bandeng ${stamp}`;
  const request = `Bandeng presto untuk jaringan gerai ${stamp}`;
  const day = wibDate(3);

  // Staff create and publish an event with one meeting session.
  const staff = await signedIn(browser, "staf@temu-usaha.test", /\/staf$/);
  await staff.goto("/staf/acara/baru");
  await staff.getByLabel("Judul acara").fill(title);
  await staff.getByLabel("Deskripsi").fill("Temu bisnis pembeli dengan konsorsium IKM sentra.");
  await staff.getByLabel("Tempat", { exact: true }).fill("Gedung Uji Coba");
  await staff.getByLabel("Tanggal mulai").fill(day);
  await staff.getByLabel("Jam mulai").fill("08:00");
  await staff.getByLabel("Tanggal selesai").fill(day);
  await staff.getByLabel("Jam selesai").fill("16:00");
  await staff.getByLabel("Dibuka tanggal").fill(wibDate(-1));
  await staff.getByLabel("Dibuka jam").fill("08:00");
  await staff.getByLabel("Ditutup tanggal").fill(wibDate(2));
  await staff.getByLabel("Jumlah meja").fill("4");
  const session = staff.getByRole("group", { name: "Sesi 1", exact: true });
  await session.getByLabel("Tanggal").fill(day);
  await session.getByLabel("Dari").fill("09:00");
  await session.getByLabel("Sampai").fill("11:00");
  await staff.getByRole("button", { name: "Simpan draf" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await staff.getByRole("button", { name: "Terbitkan" }).click();
  await expect(staff.getByText("Acara terbit dan tampil di halaman publik.")).toBeVisible();
  const eventPath = new URL(staff.url()).pathname;
  const publicPath = (await staff.getByRole("link", { name: "Lihat halaman publik" }).getAttribute("href"))!;
  const slug = publicPath.replace("/acara/", "");

  // The buyer posts its request; the buyer and the sentra's SMEs register for the event.
  const buyer = await signedIn(browser, buyerEmail, /\/pembeli$/);
  await buyer.goto("/pembeli/permintaan");
  await buyer.getByRole("link", { name: "Buat permintaan" }).click();
  await buyer.getByLabel("Judul permintaan").fill(request);
  await buyer.getByLabel("Uraian kebutuhan").fill("Bandeng presto duri lunak kemasan vakum, dikirim mingguan ke seluruh gerai.");
  const kbli = buyer.getByRole("combobox", { name: "KBLI barang" });
  await kbli.fill("10219");
  await expect(buyer.getByRole("option", { name: /10219/ })).toBeVisible();
  await kbli.press("Enter");
  await buyer.getByLabel("Jumlah per bulan").fill("10000");
  await buyer.getByLabel("Satuan", { exact: true }).fill("kg");
  await buyer.getByRole("button", { name: "Kirim permintaan" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(request);

  const smes: Page[] = [];
  for (const [page, note] of [[buyer, "Mencari bandeng presto dalam jumlah besar."]] as const) {
    await page.goto(publicPath);
    const box = page.getByRole("region", { name: "Daftar ke acara ini" });
    await box.getByLabel("Apa yang Anda tawarkan atau cari").fill(note);
    await box.getByRole("button", { name: "Daftar ke acara ini" }).click();
    await expect(page.getByText("Mendaftar, menunggu persetujuan")).toBeVisible();
  }
  for (const member of members) {
    const sme = await signedIn(browser, member.email, /\/ikm$/);
    await sme.goto(publicPath);
    const box = sme.getByRole("region", { name: "Daftar ke acara ini" });
    await box.getByLabel("Apa yang Anda tawarkan atau cari").fill("Bandeng presto duri lunak dari Sentra Krobokan.");
    await box.getByRole("button", { name: "Daftar ke acara ini" }).click();
    await expect(sme.getByText("Mendaftar, menunggu persetujuan")).toBeVisible();
    smes.push(sme);
  }

  // Staff approve all three.
  for (const member of members) {
    await staff.goto(`${eventPath}/peserta`);
    await staff.getByRole("row", { name: new RegExp(member.name) }).getByRole("button", { name: `Setujui: ${member.name}` }).click();
    await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();
  }
  await staff.goto(`${eventPath}/peserta`);
  await staff.getByRole("link", { name: /^Pembeli \(\d+\)$/ }).click();
  await staff.getByRole("row", { name: new RegExp(buyerName) }).getByRole("button", { name: `Setujui: ${buyerName}` }).click();
  await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();

  // Staff generate the event's matches and approve the sentra's consortium for the request.
  await staff.goto(`/staf/pencocokan?acara=${slug}`);
  await expect(staff.getByLabel("Acara", { exact: true })).toHaveValue(slug);
  await staff.getByRole("button", { name: "Buat usulan pasangan" }).click();
  // The matching run and the schedule are the slow steps (one database for the whole suite).
  await expect(staff.getByText("Usulan pasangan diperbarui.")).toBeVisible({ timeout: 90_000 });
  const card = staff.getByTestId("consortium-card").filter({ hasText: request });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("consortium-member")).toHaveCount(members.length);
  await card.getByRole("button", { name: new RegExp(`^Setujui: ${buyerName}`) }).click();
  await expect(card.getByText("Disetujui", { exact: true })).toBeVisible();

  // Both members accept, then the buyer: the meeting request is made.
  for (const sme of smes) {
    await sme.goto("/ikm/konsorsium");
    const offer = sme.getByTestId("own-consortium").filter({ hasText: request });
    await offer.getByRole("button", { name: `Terima: ${demand}` }).click();
    await expect(offer.getByText("IKM: Menerima")).toBeVisible();
  }
  await buyer.goto("/pembeli/konsorsium");
  const offer = buyer.getByTestId("own-consortium").filter({ hasText: request });
  await offer.getByRole("button", { name: `Terima: ${demand}` }).click();
  await expect(offer.getByText("Semua pihak menerima; permintaan pertemuan sudah dibuat.")).toBeVisible({ timeout: 30_000 });

  // On the schedule page the consortium waits as one group meeting of all three; staff build
  // the schedule and publish it.
  await staff.goto(`${eventPath}/jadwal`);
  const waiting = staff.getByRole("region", { name: /^Menunggu jadwal/ }).getByRole("listitem").filter({ hasText: "Pertemuan kelompok" });
  await expect(waiting).toHaveCount(1);
  for (const name of [buyerName, ...members.map((member) => member.name)]) await expect(waiting).toContainText(name);
  await staff.getByRole("button", { name: "Susun jadwal" }).click();
  await expect(staff.getByText("Jadwal disusun.", { exact: false })).toBeVisible({ timeout: 60_000 });
  await staff.getByRole("button", { name: "Terbitkan jadwal" }).click();
  await expect(staff.getByText("Jadwal diterbitkan.")).toBeVisible({ timeout: 60_000 });

  // The buyer and every member see it at the same time and table, with all the other parties.
  const host = await placeOn(buyer, slug, members[0].name);
  expect(host.text).toContain(members[1].name);
  for (const [index, sme] of smes.entries()) {
    const seen = await placeOn(sme, slug, buyerName);
    expect({ startsAt: seen.startsAt, table: seen.table }).toEqual({ startsAt: host.startsAt, table: host.table });
    expect(seen.text).toContain(members[1 - index]!.name);
  }

  // The staff's printed grid has the three in one cell.
  await staff.goto(`${eventPath}/jadwal/cetak`);
  const cell = staff.getByRole("cell").filter({ hasText: buyerName });
  await expect(cell).toHaveCount(1);
  for (const member of members) await expect(cell).toContainText(member.name);

  for (const page of [staff, buyer, ...smes]) await page.context().close();
});
