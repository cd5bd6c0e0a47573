// Pooled supply end to end, the acceptance "e2e" of issue 19: the demo buyer (pembeli@, PT Sarinah)
// posts a sourcing request for 10,000 kg of bandeng presto a month, more than any demo SME makes
// (Sari Laut 6,000 kg, Juwita 8,000 kg). The two published SMEs of the Sentra Bandeng Presto
// Krobokan register for the open fourth-quarter event in their own area and staff approve them,
// as the office does; the demo data stays as it is. Staff generate the event's matches, see the
// consortium of the two with its explanation, and approve it; both members and the buyer accept
// it, and staff see the meeting request on the board. The request is new, and no other spec signs
// in as these SMEs' owners.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccounts, signIn } from "./support/accounts";

const headers = { "x-forwarded-for": "203.0.113.96" };
const eventSlug = "temu-usaha-industri-2026-q4";
const demand = "PT Sarinah (Persero): 10.000 kg/bulan";
// Owners' accounts as lib/seed/demo-data/build-rows.ts names them (`<slug>@ikm.temu-usaha.test`).
const members = [
  { email: "bandeng-presto-sari-laut@ikm.temu-usaha.test", name: "Bandeng Presto Sari Laut", capacity: "6.000 kg", share: "4.286" },
  { email: "bandeng-juwita@ikm.temu-usaha.test", name: "Bandeng Juwita Presto", capacity: "8.000 kg", share: "5.714" },
] as const;

async function signedIn(browser: Browser, email: string, home: RegExp): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(home);
  return page;
}

test("a buyer's volume no single SME makes is pooled: staff approve the sentra's consortium, members and buyer accept, a meeting is requested", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Bandeng presto 10 ton per bulan ${Date.now().toString(36)}`;

  // The buyer posts the request through its own area.
  const buyer = await signedIn(browser, demoAccounts.buyer, /\/pembeli$/);
  await buyer.goto("/pembeli/permintaan");
  await buyer.getByRole("link", { name: "Buat permintaan" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText("Buat permintaan pasokan");
  await buyer.getByLabel("Judul permintaan").fill(title);
  await buyer.getByLabel("Uraian kebutuhan").fill("Bandeng presto duri lunak kemasan vakum untuk seluruh gerai oleh-oleh, dikirim mingguan.");
  const kbli = buyer.getByRole("combobox", { name: "KBLI barang" });
  await kbli.fill("10219");
  await expect(buyer.getByRole("option", { name: /10219/ })).toBeVisible();
  await kbli.press("Enter");
  await buyer.getByLabel("Jumlah per bulan").fill("10000");
  await buyer.getByLabel("Satuan", { exact: true }).fill("kg");
  await buyer.getByRole("button", { name: "Kirim permintaan" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(buyer.getByRole("status").filter({ hasText: "Permintaan Anda sudah terbit." })).toBeVisible();

  // The sentra's SMEs register for the open event from its public page.
  const smes = new Map<string, Page>();
  for (const member of members) {
    const sme = await signedIn(browser, member.email, /\/ikm$/);
    await sme.goto(`/acara/${eventSlug}`);
    const box = sme.getByRole("region", { name: "Daftar ke acara ini" });
    await box.getByLabel("Apa yang Anda tawarkan atau cari").fill("Bandeng presto duri lunak dari Sentra Krobokan.");
    await box.getByRole("button", { name: "Daftar ke acara ini" }).click();
    await expect(sme.getByText("Mendaftar, menunggu persetujuan")).toBeVisible();
    smes.set(member.email, sme);
  }

  // Staff approve them on the event's participant list.
  const staff = await signedIn(browser, "staf@temu-usaha.test", /\/staf$/);
  await staff.goto("/staf/acara");
  await staff.getByRole("link", { name: "Temu Usaha Industri Triwulan IV 2026", exact: true }).click();
  await expect(staff).toHaveURL(/\/staf\/acara\/[^/]+$/);
  const participantsPath = `${new URL(staff.url()).pathname}/peserta`;
  for (const member of members) {
    await staff.goto(participantsPath);
    await staff.getByRole("row", { name: new RegExp(member.name) }).getByRole("button", { name: `Setujui: ${member.name}` }).click();
    await expect(staff.getByText("Disetujui; email konfirmasi terkirim.")).toBeVisible();
  }

  // Staff generate the event's matches: the consortium of the sentra is proposed for the request.
  await staff.goto(`/staf/pencocokan?acara=${eventSlug}`);
  await expect(staff.getByLabel("Acara", { exact: true })).toHaveValue(eventSlug);
  await staff.getByRole("button", { name: "Buat usulan pasangan" }).click();
  await expect(staff.getByText("Usulan pasangan diperbarui.")).toBeVisible();
  const card = staff.getByTestId("consortium-card").filter({ hasText: title });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(demand);
  await expect(card).toContainText("Kapasitas gabungan 14.000 kg/bulan");
  await expect(
    card.getByText("2 IKM di Sentra Bandeng Presto Krobokan: kapasitas gabungan 14.000 kg/bulan memenuhi 100% kebutuhan 10.000 kg/bulan."),
  ).toBeVisible();
  // Each member alone makes less than the request asks: no single SME supplies it.
  const rows = card.getByTestId("consortium-member");
  await expect(rows).toHaveCount(members.length);
  for (const member of members) {
    const row = rows.filter({ hasText: member.name });
    await expect(row).toContainText(`Kapasitas: ${member.capacity}`);
    await expect(row).toContainText(`Bagian: ${member.share} kg`);
  }
  await expect(rows.filter({ hasText: "Bandeng Juwita Presto" }).getByText("Pemimpin", { exact: true })).toBeVisible();

  await card.getByRole("button", { name: /^Setujui: PT Sarinah/ }).click();
  await expect(card.getByText("Disetujui", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: /^Setujui/ })).toHaveCount(0);

  // Each member sees its share and accepts.
  for (const member of members) {
    const sme = smes.get(member.email)!;
    await sme.goto("/ikm/konsorsium");
    const offer = sme.getByTestId("own-consortium").filter({ hasText: title });
    await expect(offer.getByText(`Bagian Anda: ${member.share} kg/bulan dari 10.000 kg/bulan`)).toBeVisible();
    await expect(offer.getByTestId("consortium-member")).toHaveCount(members.length);
    await expect(offer.getByText("IKM: Belum menjawab")).toBeVisible();
    await offer.getByRole("button", { name: `Terima: ${demand}` }).click();
    await expect(offer.getByText("IKM: Menerima")).toBeVisible();
    await expect(offer.getByRole("button", { name: `Terima: ${demand}` })).toHaveCount(0);
  }

  // The buyer accepts the offer last: the meeting request is made.
  await buyer.goto("/pembeli/konsorsium");
  const offer = buyer.getByTestId("own-consortium").filter({ hasText: title });
  for (const member of members) await expect(offer.getByTestId("consortium-member").filter({ hasText: member.name })).toContainText(`Kapasitas: ${member.capacity}`);
  await expect(offer.getByText("Semua pihak menerima; permintaan pertemuan sudah dibuat.")).toHaveCount(0);
  await offer.getByRole("button", { name: `Terima: ${demand}` }).click();
  await expect(offer.getByText("Pembeli: Menerima")).toBeVisible();
  await expect(offer.getByText("Semua pihak menerima; permintaan pertemuan sudah dibuat.")).toBeVisible();

  // Staff see the meeting request on the board; the consortium can no longer be changed.
  await staff.reload();
  await expect(card.getByText(/^Permintaan pertemuan dibuat /)).toBeVisible();
  await expect(card.getByText("Pembeli: Menerima")).toBeVisible();
  await expect(rows.getByText("IKM: Menerima")).toHaveCount(members.length);
  await expect(card.getByRole("button", { name: /^Tolak/ })).toHaveCount(0);
  await expect(card.getByRole("link", { name: /Ubah anggota/ })).toHaveCount(0);

  for (const page of [staff, buyer, ...smes.values()]) await page.context().close();
});
