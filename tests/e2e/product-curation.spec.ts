// Product curation end to end: staff open the products in the curation queue, request a revision
// of a seeded product (with the comment the SME will read) and see its status change; and a
// product whose enterprise is not yet published cannot be published. Seeded data: "Sambal
// Bandeng Suwir" (SUBMITTED, of the published Sambal Mbok Rawit) and "Otak-Otak Bandeng Bakar"
// (SUBMITTED, of Otak-Otak Bandeng Mak Yam, whose profile is itself still waiting).
import { expect, test } from "@playwright/test";
import { signedInPage } from "./support/accounts";
import { openProductQueue, queueRow, score, staffEmail } from "./support/curation";

test("staff request a revision of a waiting product and see its status change", async ({ browser }) => {
  // Two people, several saves: longer than the default on a shared, slow machine.
  test.setTimeout(90_000);
  const productName = "Sambal Bandeng Suwir";
  const staff = await signedInPage(browser, staffEmail);
  await openProductQueue(staff, "Menunggu kurasi");
  const row = await queueRow(staff, productName);
  await expect(row.getByText("Sambal Mbok Rawit")).toBeVisible();
  await expect(row.getByText("Menunggu kurasi")).toBeVisible();
  await row.getByRole("link", { name: productName, exact: true }).click();

  await expect(staff.getByRole("heading", { name: productName, level: 1 })).toBeVisible();
  await expect(staff.getByRole("heading", { name: "Data produk" })).toBeVisible();
  await expect(staff.getByText("2103.90.90")).toBeVisible();
  await expect(staff.getByRole("link", { name: "Buka kurasi profil Sambal Mbok Rawit" })).toBeVisible();

  await score(staff, { Legalitas: 2, "Mutu dan kapasitas": 2, "Jangkauan pasar": 1, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Minta perbaikan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText(/Tulis komentar untuk IKM/)).toBeVisible();

  const comment = "Mohon tambahkan foto botol dan nomor BPOM MD untuk sambal bandeng suwir.";
  await staff.getByLabel("Komentar untuk IKM").fill(comment);
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Permintaan perbaikan produk dikirim ke IKM." })).toBeVisible();
  await expect(staff.getByText("Perlu perbaikan", { exact: true }).first()).toBeVisible();
  await expect(staff.getByRole("region", { name: "Penilaian sebelumnya" }).getByText("Minta perbaikan")).toBeVisible();
  await expect(staff.getByText(comment)).toBeVisible();

  // In the queue it now waits for the SME's answer.
  await openProductQueue(staff, "Perlu perbaikan");
  const waiting = await queueRow(staff, productName);
  await expect(waiting.getByText("Menunggu jawaban IKM")).toBeVisible();
  await staff.context().close();
});

test("a product cannot be published before its enterprise", async ({ browser }) => {
  const productName = "Otak-Otak Bandeng Bakar";
  const staff = await signedInPage(browser, staffEmail);
  await openProductQueue(staff, "Menunggu kurasi");
  await (await queueRow(staff, productName)).getByRole("link", { name: productName, exact: true }).click();
  await expect(staff.getByRole("heading", { name: productName, level: 1 })).toBeVisible();
  await expect(staff.getByText(/Profil IKM ini belum terbit/)).toBeVisible();

  await score(staff, { Legalitas: 3, "Mutu dan kapasitas": 2, "Jangkauan pasar": 2, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Terbitkan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText(/^Terbitkan profil IKM terlebih dahulu/)).toBeVisible();
  await staff.reload();
  await expect(staff.getByText("Menunggu kurasi", { exact: true }).first()).toBeVisible();
  await expect(staff.getByText("Terverifikasi", { exact: true })).toHaveCount(0);
  await staff.context().close();
});
