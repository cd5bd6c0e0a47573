// Partner referrals end to end (issue 8's acceptance): the demo IKM shares its profile with the
// demo partner's bank for KUR financing (picking the purpose, no end date), the partner sees it,
// records "KUR disetujui" with an amount, the IKM revokes (and confirms), and the partner's page
// for that IKM is a 404 at once.
import { expect, type Page, test } from "@playwright/test";
import { signedInPage } from "./support/accounts";

const bank = "Bank Rakyat Indonesia (BRI)";
const enterprise = "Batik Sekar Asem";

/** The bank's "Bagikan" form on the IKM's page. */
const shareForm = (page: Page) => page.getByRole("form", { name: `Bagikan ke ${bank}` });
/** The confirmation step of revoking the bank's KUR consent. */
const kurRevocation = (page: Page) => page.getByRole("form", { name: `${bank}, Pembiayaan KUR` });

/** The staff page's headline count of approved KUR, as a number. */
async function kurApprovedFigure(staff: Page): Promise<number> {
  await staff.goto("/staf/rujukan");
  const figure = staff.locator("dl > div").filter({ has: staff.getByText("KUR disetujui", { exact: true }) }).locator("dd");
  return Number((await figure.innerText()).replace(/\D/g, ""));
}

test("an IKM shares with a bank, the bank records an approved KUR, and loses access when the IKM revokes", async ({ browser }) => {
  test.setTimeout(90_000);
  const note = `KUR Kecil, tenor 36 bulan (${Date.now()})`;
  const staff = await signedInPage(browser, "staf@temu-usaha.test");
  const approvedBefore = await kurApprovedFigure(staff);

  const owner = await signedInPage(browser, "ikm@temu-usaha.test");
  await owner.goto("/ikm");
  await owner.getByRole("link", { name: /Berbagi data dengan mitra/ }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Berbagi data dengan mitra");
  await expect(owner.getByText("Kontak: nama pemilik, telepon, WhatsApp")).toBeVisible();
  const card = owner.getByRole("region", { name: bank });
  await expect(card.getByRole("listitem").getByText("Pembiayaan KUR", { exact: true })).toBeVisible();
  // A run that stopped halfway may have left the consent active: start from "not shared".
  const revokeFirst = card.getByRole("link", { name: "Cabut persetujuan untuk Pembiayaan KUR" });
  if (await revokeFirst.isVisible()) {
    await revokeFirst.click();
    await kurRevocation(owner).getByRole("button", { name: "Ya, cabut persetujuan" }).click();
    await expect(kurRevocation(owner).getByRole("status")).toHaveText(/Persetujuan dicabut/);
    await owner.goto("/ikm/mitra");
  }
  await shareForm(owner).getByRole("radio", { name: "Pembiayaan KUR" }).check();
  await expect(shareForm(owner).getByLabel("Dibagikan sampai tanggal (tidak wajib)")).toHaveValue("");
  await shareForm(owner).getByRole("button", { name: "Bagikan" }).click();
  await expect(shareForm(owner).getByRole("status")).toHaveText(/Profil Anda sekarang dibagikan/);
  await expect(card.getByText(/Dibagikan sejak/)).toBeVisible();
  await expect(card.getByText("Sampai Anda mencabutnya.")).toBeVisible();

  const partner = await signedInPage(browser, "mitra@temu-usaha.test");
  await partner.goto("/mitra");
  await partner.getByRole("link", { name: /IKM yang berbagi data/ }).click();
  await partner.getByRole("searchbox", { name: "Nama usaha" }).fill("sekar asem");
  await partner.getByRole("button", { name: "Tampilkan" }).click();
  const list = partner.getByRole("table", { name: "Rujukan aktif ke organisasi Anda" });
  await expect(list.getByRole("row")).toHaveCount(2);
  await list.getByRole("link", { name: enterprise }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(enterprise);
  const detailUrl = partner.url();
  await expect(partner.getByText("CV Sekar Asem Semarangan").first()).toBeVisible();

  // An amount is required for an approval.
  await partner.getByLabel("Hasil", { exact: true }).selectOption({ label: "KUR disetujui" });
  await partner.getByRole("button", { name: "Simpan hasil" }).click();
  await expect(partner.getByText("Isi nilai KUR yang disetujui (rupiah).")).toBeVisible();
  await partner.getByLabel("Nilai KUR disetujui (rupiah)").fill("75.000.000");
  await partner.getByLabel("Catatan (tidak wajib)").fill(note);
  await partner.getByRole("button", { name: "Simpan hasil" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Hasil rujukan tersimpan." })).toBeVisible();
  const history = partner.getByRole("table", { name: "Hasil yang sudah dicatat, terbaru di atas" });
  await expect(history.getByRole("row", { name: /KUR disetujui.*75\.000\.000/ }).filter({ hasText: note })).toBeVisible();

  await owner.reload();
  await card.getByRole("link", { name: "Cabut persetujuan untuk Pembiayaan KUR" }).click();
  // Revoking asks first; "Batal" would leave the consent as it is.
  await expect(kurRevocation(owner).getByText(`Cabut persetujuan untuk ${bank}, Pembiayaan KUR?`)).toBeVisible();
  await expect(kurRevocation(owner).getByRole("link", { name: "Batal" })).toBeVisible();
  await kurRevocation(owner).getByRole("button", { name: "Ya, cabut persetujuan" }).click();
  await expect(kurRevocation(owner).getByRole("status")).toHaveText(/Persetujuan dicabut/);
  await expect(card.getByText(/Tidak dibagikan \(dicabut/)).toBeVisible();

  const refused = await partner.goto(detailUrl);
  expect(refused?.status()).toBe(404);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await partner.goto("/mitra/ikm?q=sekar+asem");
  await expect(partner.getByRole("heading", { name: "Tidak ada yang cocok" })).toBeVisible();

  // Staff count the approval in the statistics, also after the revocation.
  expect(await kurApprovedFigure(staff)).toBe(approvedBefore + 1);
  await expect(staff.getByRole("table", { name: "Hasil rujukan per mitra" }).getByRole("row", { name: new RegExp(bank.replace(/[()]/g, "\\$&")) })).toBeVisible();
});
