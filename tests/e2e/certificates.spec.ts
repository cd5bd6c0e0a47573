// Certificates as people use them: the IKM owner records a certificate with its PDF, sees it
// listed with its validity and opens the document; staff mark it verified; the owner sees that.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";

/** A tiny but well-formed PDF. */
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

function nextYear(): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

test("an IKM owner adds a certificate with its document and staff verify it", async ({ page, browser }) => {
  // Two people, several saves: longer than the default on a shared, slow machine.
  test.setTimeout(90_000);
  const number = `MD${String(Date.now()).slice(-12).padStart(12, "0")}`;
  await signIn(page, "ikm@temu-usaha.test");
  await expect(page).not.toHaveURL(/\/masuk/);
  await page.goto("/ikm/sertifikat");
  await expect(page.getByRole("heading", { level: 1, name: "Sertifikat usaha" })).toBeVisible();

  const form = page.getByRole("region", { name: "Tambah sertifikat" });
  await form.getByLabel("Jenis sertifikat").selectOption({ label: "BPOM MD" });
  // A wrong prefix is an error before anything is sent.
  await form.getByLabel("Nomor sertifikat").fill("ML123");
  await expect(form.getByText(/bukan nomor BPOM MD/)).toBeVisible();
  await form.getByLabel("Nomor sertifikat").fill(number);
  await expect(form.getByText("Format nomor sesuai.")).toBeVisible();
  await form.getByLabel("Berlaku hingga", { exact: true }).fill(nextYear());
  await form.getByLabel(/Dokumen sertifikat/).setInputFiles({ name: "bpom.pdf", mimeType: "application/pdf", buffer: pdf });
  await form.getByRole("button", { name: "Simpan sertifikat" }).click();
  await expect(form.getByText("Sertifikat sudah disimpan dan menunggu verifikasi petugas.")).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row).toBeVisible();
  await expect(row.getByText("Berlaku", { exact: true })).toBeVisible();
  await expect(row.getByText("Menunggu verifikasi")).toBeVisible();

  const link = row.getByRole("link", { name: `Lihat dokumen BPOM MD ${number}` });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/ikm\/sertifikat\/[^/]+\/dokumen$/);
  const document = await page.request.get(href ?? "");
  expect(document.status()).toBe(200);
  expect(document.headers()["content-type"]).toBe("application/pdf");
  expect(document.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await document.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, "staf@temu-usaha.test");
  await expect(staff).not.toHaveURL(/\/masuk/);
  await staff.goto("/staf/sertifikat");
  const staffRow = staff.getByRole("row").filter({ hasText: number });
  await expect(staffRow).toBeVisible();
  await expect(staffRow.getByRole("link", { name: /Lihat dokumen/ })).toBeVisible();
  await expect(async () => {
    if (await staffRow.isVisible()) await staffRow.getByRole("button", { name: "Tandai terverifikasi" }).click({ timeout: 2_000 });
    await expect(staffRow).toHaveCount(0, { timeout: 2_000 });
  }).toPass();
  await staffContext.close();

  // The owner cannot open another route's documents: an unknown id is simply not found.
  expect((await page.request.get("/ikm/sertifikat/tidak-ada/dokumen")).status()).toBe(404);

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: number }).getByText("Terverifikasi", { exact: true })).toBeVisible();

  // Editing the expiry date of the verified certificate: the owner is told first, then it waits for staff again.
  await page.getByRole("row").filter({ hasText: number }).getByRole("link", { name: `Ubah sertifikat BPOM MD ${number}` }).click();
  const edit = page.getByRole("region", { name: "Ubah sertifikat" });
  await expect(edit.getByLabel("Nomor sertifikat")).toHaveValue(number);
  await expect(edit.getByText(/perlu diverifikasi lagi/)).toHaveCount(0);
  const later = new Date();
  later.setUTCFullYear(later.getUTCFullYear() + 2);
  await edit.getByLabel("Berlaku hingga", { exact: true }).fill(later.toISOString().slice(0, 10));
  await expect(edit.getByText(/perlu diverifikasi lagi/)).toBeVisible();
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(edit.getByText("Perubahan sudah disimpan. Sertifikat ini menunggu verifikasi ulang oleh petugas.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: number }).getByText("Menunggu verifikasi")).toBeVisible();
});
