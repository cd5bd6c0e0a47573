// Consent as /ikm/mitra says (issue 17, point 4), in a browser without JavaScript: the demo IKM
// picks one of the purposes the Klinik Ekspor offers and a last day; a last day of today is
// refused with a message; the card then says until when; "Cabut persetujuan" asks to confirm
// on a second step, and "Batal" leaves the consent as it was.
import { expect, test } from "@playwright/test";
import { demoAccounts, signedInPage } from "./support/accounts";

const agency = "Klinik Ekspor Jawa Tengah";

/** "YYYY-MM-DD" in Semarang, `days` from today. */
function wibDay(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.151" } });

test("an IKM shares for a purpose the partner offers until a date, and revoking asks first, all without JavaScript", async ({ browser }) => {
  test.setTimeout(90_000);
  const signedIn = await signedInPage(browser, demoAccounts.sme);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState(), extraHTTPHeaders: { "x-forwarded-for": "203.0.113.151" } });
  const page = await context.newPage();
  await page.goto("/ikm/mitra");
  await expect(page.getByText("untuk keperluan apa, dan sampai kapan")).toBeVisible();
  const card = page.getByRole("region", { name: agency });
  const share = page.getByRole("form", { name: `Bagikan ke ${agency}` });
  // The purposes this partner offers, and none it does not.
  await expect(share.getByRole("radio")).toHaveCount(2);
  await expect(share.getByRole("radio", { name: "Pendampingan ekspor" })).toBeVisible();
  await expect(share.getByRole("radio", { name: "Pendampingan sertifikasi" })).toBeVisible();

  // Nothing picked: the purpose is asked for.
  await share.getByRole("button", { name: "Bagikan" }).click();
  await expect(share.getByText("Pilih keperluan berbagi data.")).toBeVisible();

  // A last day of today is refused, and nothing is shared.
  await share.getByRole("radio", { name: "Pendampingan sertifikasi" }).check();
  await share.getByLabel("Dibagikan sampai tanggal (tidak wajib)").fill(wibDay(0));
  await share.getByRole("button", { name: "Bagikan" }).click();
  await expect(share.getByText("Tanggal terakhir berbagi harus setelah hari ini.", { exact: false })).toBeVisible();
  await expect(card.getByText(/Dibagikan sejak/)).toHaveCount(0);

  const lastDay = wibDay(30);
  const lastDayText = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(new Date(`${lastDay}T12:00:00+07:00`));
  await share.getByRole("radio", { name: "Pendampingan sertifikasi" }).check();
  await share.getByLabel("Dibagikan sampai tanggal (tidak wajib)").fill(lastDay);
  await share.getByRole("button", { name: "Bagikan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profil Anda sekarang dibagikan" })).toBeVisible();
  await expect(card.getByText(`Sampai dengan ${lastDayText}; setelah itu berhenti dengan sendirinya.`)).toBeVisible();
  // The purpose now shared is no longer offered to share again.
  await expect(share.getByRole("radio")).toHaveCount(1);

  // Revoking asks first; "Batal" keeps the consent.
  await card.getByRole("link", { name: "Cabut persetujuan untuk Pendampingan sertifikasi" }).click();
  const confirm = page.getByRole("form", { name: `${agency}, Pendampingan sertifikasi` });
  await expect(confirm.getByText(`Cabut persetujuan untuk ${agency}, Pendampingan sertifikasi?`)).toBeVisible();
  await confirm.getByRole("link", { name: "Batal" }).click();
  await expect(card.getByText(`Sampai dengan ${lastDayText}`, { exact: false })).toBeVisible();

  await card.getByRole("link", { name: "Cabut persetujuan untuk Pendampingan sertifikasi" }).click();
  // The confirmation page whole before its button is pressed: without JavaScript, a press while
  // the document is still arriving was seen (once, in CI) to send nothing at all.
  await page.waitForURL(/\?cabut=/);
  await page.waitForLoadState("load");
  await page.getByRole("form", { name: `${agency}, Pendampingan sertifikasi` }).getByRole("button", { name: "Ya, cabut persetujuan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Persetujuan dicabut" })).toBeVisible();
  await expect(card.getByText(/Tidak dibagikan \(dicabut/)).toBeVisible();
  await context.close();
});
