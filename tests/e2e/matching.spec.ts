// Business matching end to end, the acceptance of issue 6: staff generate the pairs for the
// upcoming event (Temu Usaha Industri Triwulan IV 2026, the board's default), read why a pair
// fits, approve Batik Sekar Asem with PT Sarinah and note it; the SME owner (ikm@) and the buyer
// (pembeli@, PT Sarinah) each accept it in their own area, and staff then see the meeting request.
// Only this spec and consortium.spec.ts (which adds two bandeng SMEs to the event and pools them for
// a new request of PT Sarinah) touch the event's matches and meetings; re-runs keep decided pairs,
// and the other specs that sign in as these accounts do not read them.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoPassword as password, signIn } from "./support/accounts";
import { outsideDeskNav } from "./support/staff-desk";

const headers = { "x-forwarded-for": "203.0.113.94" };

async function signedIn(browser: Browser, email: string, home: RegExp): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(home);
  return page;
}

test("staff generate and approve a match, the SME and the buyer accept it, and staff see the meeting request", async ({ browser }) => {
  test.setTimeout(120_000);

  // Staff: the board opens on the upcoming event; generating reports what it did.
  const staff = await signedIn(browser, "staf@temu-usaha.test", /\/staf$/);
  await staff.getByRole("link", { name: /Pencocokan bisnis/ }).and(outsideDeskNav(staff)).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Pencocokan bisnis" })).toBeVisible();
  // Named explicitly: other specs create events of their own, which may come sooner.
  await staff.goto("/staf/pencocokan?acara=temu-usaha-industri-2026-q4");
  await expect(staff.getByLabel("Acara", { exact: true })).toHaveValue("temu-usaha-industri-2026-q4");
  // The event's weights: a bad one is refused in Indonesian, then sector fit is given more weight.
  const weights = staff.getByRole("region", { name: "Bobot penilaian acara ini" });
  await weights.getByLabel("Kesesuaian sektor (KBLI)").fill("150");
  await weights.getByRole("button", { name: "Simpan bobot" }).click();
  await expect(weights.getByText("Isi bobot dengan bilangan bulat 0 sampai 100.")).toBeVisible();
  await weights.getByLabel("Kesesuaian sektor (KBLI)").fill("40");
  await weights.getByRole("button", { name: "Simpan bobot" }).click();
  await expect(weights.getByText("Bobot tersimpan.", { exact: false })).toBeVisible();
  await staff.getByRole("button", { name: "Buat usulan pasangan" }).click();
  await expect(staff.getByText("Usulan pasangan diperbarui.")).toBeVisible();
  await expect(staff.getByTestId("generation-report")).toContainText(/Terakhir dibuat .* oleh .*\d+ IKM, \d+ kebutuhan/);

  // Filter by name; the pair shows its score, status and main reasons.
  await staff.getByLabel("Cari nama IKM atau pembeli").fill("Sekar Asem");
  await staff.getByRole("button", { name: "Terapkan" }).click();
  await expect(staff).toHaveURL(/q=Sekar\+Asem/);
  const pair = staff.getByRole("listitem", { name: /Batik Sekar Asem.*PT Sarinah/ });
  await expect(pair).toHaveCount(1);
  await expect(pair.getByText("Usulan", { exact: true })).toBeVisible();
  await expect(pair.getByText("Alasan utama")).toBeVisible();
  await expect(pair.getByText(/Kesesuaian sektor \(KBLI\):/)).toBeVisible();

  await pair.getByRole("button", { name: /^Setujui/ }).click();
  await expect(pair.getByText("Disetujui", { exact: true })).toBeVisible();
  await expect(pair.getByRole("button", { name: /^Setujui/ })).toHaveCount(0);

  // The match page explains every component and takes a note.
  await pair.getByRole("link", { name: /Penjelasan dan catatan/ }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(/Batik Sekar Asem – PT Sarinah/);
  const matchUrl = staff.url();
  await expect(staff.getByText("Subgolongan KBLI sama", { exact: false })).toBeVisible();
  await expect(staff.getByText("Belum ada permintaan pertemuan.")).toBeVisible();
  await staff.getByLabel("Catatan (hanya terlihat oleh petugas)").fill("Prioritaskan: koleksi batik tulis untuk gerai Thamrin.");
  await staff.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(staff.getByText("Catatan disimpan.")).toBeVisible();

  // The SME accepts first: now it waits for the buyer.
  const sme = await signedIn(browser, "ikm@temu-usaha.test", /\/ikm$/);
  await sme.getByRole("link", { name: /Pasangan bisnis/ }).click();
  await expect(sme.getByRole("heading", { level: 1, name: "Pasangan bisnis" })).toBeVisible();
  // The completed third-quarter event's match of the same pair is listed too, with its held meeting.
  const smeMatch = sme.getByRole("listitem", { name: /PT Sarinah/ }).filter({ hasText: "Triwulan IV 2026" });
  await expect(smeMatch.getByText("Mengapa cocok")).toBeVisible();
  await expect(sme.getByRole("listitem", { name: /PT Sarinah/ }).filter({ hasText: "Triwulan III 2026" }).getByTestId("match-state")).toContainText("Pertemuan terlaksana");
  await expect(smeMatch.getByText("Menunggu jawaban Anda")).toBeVisible();
  await smeMatch.getByRole("button", { name: /^Terima/ }).click();
  await expect(smeMatch.getByText("Menunggu jawaban pembeli")).toBeVisible();

  // The buyer accepts: the meeting request is created.
  const buyer = await signedIn(browser, "pembeli@temu-usaha.test", /\/pembeli$/);
  await buyer.getByRole("link", { name: /Pasangan bisnis/ }).click();
  const buyerMatch = buyer.getByRole("listitem", { name: /Batik Sekar Asem/ }).filter({ hasText: "Triwulan IV 2026" });
  await expect(buyerMatch.getByText("Menunggu jawaban Anda")).toBeVisible();
  await buyerMatch.getByRole("button", { name: /^Terima/ }).click();
  await expect(buyerMatch.getByTestId("match-state")).toContainText("Menunggu penjadwalan");
  await expect(buyerMatch.getByRole("button", { name: /^Tolak/ })).toHaveCount(0);

  await sme.reload();
  await expect(smeMatch.getByTestId("match-state")).toContainText("Menunggu penjadwalan");

  // Staff see the meeting request on the match page and on the board.
  await staff.goto(matchUrl);
  await expect(staff.getByRole("region", { name: "Penjadwalan" }).getByText("Menunggu penjadwalan")).toBeVisible();
  await expect(staff.getByText("IKM: Menerima")).toBeVisible();
  await expect(staff.getByText("Pembeli: Menerima")).toBeVisible();
  await staff.getByRole("link", { name: "Kembali ke papan pencocokan" }).click();
  await expect(staff.getByRole("listitem", { name: /Batik Sekar Asem.*PT Sarinah/ }).getByText("Menunggu penjadwalan")).toBeVisible();

  for (const page of [staff, sme, buyer]) await page.context().close();
});
