// Curation cannot be bypassed, in the browser: the owner of a published supplier renames it, the
// catalog keeps the published name, staff compare old and new, an approval of a version the
// owner changed again meanwhile is refused and the page shows the newer proposal, and the
// approval of what staff saw makes it live. Uses the seeded "Lumpia Rasa Lawas" (PUBLISHED, with
// an owner account no other spec signs in as).
import { expect, type Page, test } from "@playwright/test";
import { signedInPage } from "./support/accounts";

const ownerEmail = "lumpia-rasa-lawas@ikm.temu-usaha.test";
const publishedName = "Lumpia Rasa Lawas";

async function renameBrand(owner: Page, name: string) {
  await owner.goto("/ikm/profil?langkah=1");
  await owner.getByLabel("Nama merek (jika ada)").fill(name);
  await owner.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
  await expect(owner).toHaveURL(/langkah=2/);
}

test("a published supplier's new name waits for staff, and staff approve exactly the version they saw", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = await signedInPage(browser, ownerEmail);
  const staff = await signedInPage(browser, "staf@temu-usaha.test");
  const visitor = await (await browser.newContext()).newPage();

  await renameBrand(owner, "Lumpia Rasa Lawas Baru");
  await expect(owner.getByRole("status").filter({ hasText: "Menunggu tinjauan staf" })).toContainText("Nama merek");

  await visitor.goto("/katalog/pemasok/lumpia-rasa-lawas");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(publishedName);

  await staff.goto("/staf/kurasi");
  const row = staff.getByRole("row").filter({ hasText: publishedName });
  await expect(row.getByText("Perubahan menunggu tinjauan")).toBeVisible();
  await row.getByRole("link", { name: publishedName }).click();
  const changes = staff.getByRole("table", { name: "Perubahan menunggu tinjauan" });
  const brandRow = changes.getByRole("row").filter({ hasText: "Nama merek" });
  await expect(brandRow).toContainText(publishedName);
  await expect(brandRow).toContainText("Lumpia Rasa Lawas Baru");

  // The owner changes the proposal while the reviewer has the page open.
  await renameBrand(owner, "Lumpia Rasa Lawas Semarang");
  await staff.getByRole("radio", { name: /Setujui perubahan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText(/IKM mengubah profil ini setelah Anda membukanya/)).toBeVisible();
  await expect(brandRow).toContainText("Lumpia Rasa Lawas Semarang");
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(publishedName);

  // Approving what is now on screen makes it live.
  await staff.getByRole("radio", { name: /Setujui perubahan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText("Perubahan disetujui dan kini tampil di katalog.")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Lumpia Rasa Lawas Semarang");

  await owner.goto("/ikm/profil?langkah=1");
  await expect(owner.getByText("Menunggu tinjauan staf")).toHaveCount(0);

  for (const page of [owner, staff, visitor]) await page.context().close();
});
