// Enterprise curation end to end: staff request revisions on a waiting profile, its owner reads
// the comment, answers and resubmits, and staff publish it with the verified badge. Uses the
// seeded "Keripik Talas Kandri" (SUBMITTED, with an owner account no other spec signs in as).
import { expect, type Page, test } from "@playwright/test";
import { signedInPage } from "./support/accounts";

const staffEmail = "staf@temu-usaha.test";
const ownerEmail = "keripik-talas-kandri@ikm.temu-usaha.test";
const enterpriseName = "Keripik Talas Kandri";

async function score(page: Page, scores: Record<string, number>) {
  for (const [criterion, level] of Object.entries(scores)) {
    await page.getByRole("group", { name: criterion }).getByRole("radio", { name: new RegExp(`^${level} –`) }).check();
  }
}

test("staff request revisions, the owner answers, staff publish with the verified badge", async ({ browser }) => {
  // Two people, several saves: longer than the default on a shared, slow machine.
  test.setTimeout(90_000);
  const staff = await signedInPage(browser, staffEmail);
  await staff.goto("/staf/kurasi");
  await expect(staff.getByRole("heading", { name: "Antrean kurasi IKM", level: 1 })).toBeVisible();
  const row = staff.getByRole("row").filter({ hasText: enterpriseName });
  await expect(row.getByText("Menunggu kurasi")).toBeVisible();
  await row.getByRole("link", { name: enterpriseName }).click();
  await expect(staff.getByRole("heading", { name: enterpriseName, level: 1 })).toBeVisible();
  const reviewUrl = staff.url();

  // A revision request needs a comment.
  await score(staff, { Legalitas: 2, "Mutu dan kapasitas": 2, "Jangkauan pasar": 1, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Minta perbaikan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText(/Tulis komentar untuk IKM/)).toBeVisible();

  const comment = "Mohon lengkapi nomor P-IRT keripik talas dan foto kemasan terbaru.";
  await staff.getByLabel("Komentar untuk IKM").fill(comment);
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Permintaan perbaikan dikirim ke IKM." })).toBeVisible();
  await expect(staff.getByText("Perlu perbaikan", { exact: true })).toBeVisible();

  // The owner sees the comment, answers and resubmits.
  const owner = await signedInPage(browser, ownerEmail);
  await owner.goto("/ikm/kurasi");
  await expect(owner.getByText("Perlu perbaikan", { exact: true })).toBeVisible();
  await expect(owner.getByText(comment)).toBeVisible();
  const answer = "Nomor P-IRT sudah saya isi dan foto kemasan sudah diganti.";
  await owner.getByLabel("Jawaban Anda").fill(answer);
  await owner.getByRole("button", { name: "Kirim jawaban dan ajukan lagi" }).click();
  await expect(owner.getByText("Profil Anda sedang menunggu pemeriksaan petugas Disperin.")).toBeVisible();
  await expect(owner.getByText(answer)).toBeVisible();

  // Back in the queue as resubmitted; staff publish it.
  await staff.goto("/staf/kurasi");
  await expect(staff.getByRole("row").filter({ hasText: enterpriseName }).getByText("Diajukan lagi")).toBeVisible();
  await staff.goto(reviewUrl);
  await expect(staff.getByText(answer)).toBeVisible();
  await score(staff, { Legalitas: 3, "Mutu dan kapasitas": 2, "Jangkauan pasar": 2, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Terbitkan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText("Terverifikasi", { exact: true })).toBeVisible();
  await expect(staff.getByText("Nilai B")).toBeVisible();

  await owner.reload();
  await expect(owner.getByText("Terverifikasi", { exact: true })).toBeVisible();
  await expect(owner.getByText("Profil Anda sudah terbit dan dapat dilihat pembeli dan mitra.")).toBeVisible();

  await staff.context().close();
  await owner.context().close();
});

test("an SME owner cannot open the staff curation queue", async ({ browser }) => {
  const owner = await signedInPage(browser, "ikm@temu-usaha.test");
  await owner.goto("/staf/kurasi");
  await expect(owner).toHaveURL(/\/ikm$/);
  await owner.context().close();
});
