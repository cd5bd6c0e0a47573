// The SME owner completes the last steps of the business profile as a person would: a refused
// negative capacity, a KBLI picked with the keyboard from the search-as-you-type list, markets
// and contacts, and a logo that then shows as a thumbnail served by /foto/ikm. The enterprise is
// published, so the edits (and the logo) wait for staff review while the owner sees them.
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { demoPassword, signIn } from "./support/accounts";

const owner = "tempe-murni-sukorejo@ikm.temu-usaha.test";

test("an IKM owner fills in sector, markets and logo, and a negative capacity is refused", async ({ page }) => {
  await signIn(page, owner, demoPassword);
  await expect(page).not.toHaveURL(/\/masuk/);
  await page.goto("/ikm/profil?langkah=3");
  await expect(page.getByRole("heading", { level: 2, name: "Sektor dan kapasitas" })).toBeVisible();
  // Five data steps and the owner's sixth: review and submit (issue 17).
  await expect(page.getByRole("navigation", { name: "Langkah pengisian profil" }).getByRole("listitem")).toHaveCount(6);

  // A negative capacity is a field error and nothing moves on.
  await page.getByLabel("Produksi rata-rata per bulan").fill("-5");
  await page.getByLabel("Satuan", { exact: true }).fill("kg");
  await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
  await expect(page.getByText("Kapasitas tidak boleh negatif.")).toBeVisible();
  await expect(page).toHaveURL(/langkah=3/);

  // Search as you type, choose with the keyboard.
  const primary = page.getByRole("combobox", { name: "KBLI utama" });
  await primary.fill("tempe");
  await expect(page.getByRole("option", { name: /10391/ })).toBeVisible();
  await primary.press("ArrowDown");
  await expect(page.getByRole("option", { name: /10393/ })).toHaveAttribute("aria-selected", "true");
  await expect(primary).toHaveAttribute("aria-activedescendant", /option-1$/);
  await primary.press("ArrowUp");
  await primary.press("Enter");
  await expect(primary).toHaveValue("10391");
  await expect(page.getByText("10391 — Industri Tempe Kedelai")).toBeVisible();

  const second = page.getByRole("combobox", { name: "KBLI tambahan 2" });
  await second.fill("kecap");
  await expect(page.getByRole("option", { name: /10771/ })).toBeVisible();
  await second.press("Enter");
  await expect(second).toHaveValue("10771");
  await second.press("Escape");

  await page.getByLabel("Produksi rata-rata per bulan").fill("18000");
  await page.getByLabel("Kapasitas terpasang per bulan").fill("20000");
  await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();

  await expect(page).toHaveURL(/langkah=4/);
  await expect(page.getByRole("heading", { level: 2, name: "Pasar dan kontak" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Reseller atau agen" }).check();
  await page.getByRole("checkbox", { name: /Malaysia/ }).check();
  await page.getByLabel("Nomor WhatsApp").fill("0812 3456 7890");
  await page.getByLabel("Instagram").fill("@tempemurni");
  await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();

  await expect(page).toHaveURL(/langkah=5/);
  await expect(page.getByRole("heading", { level: 2, name: "Logo dan foto" })).toBeVisible();
  const png = await sharp({ create: { width: 320, height: 320, channels: 3, background: { r: 30, g: 110, b: 60 } } })
    .png()
    .toBuffer();
  await page.getByLabel("Berkas logo").setInputFiles({ name: "profile-logo.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Unggah logo" }).click();
  await expect(page.getByText("Logo sudah disimpan.")).toBeVisible();
  await expect(page.getByText("Menunggu tinjauan staf").first()).toBeVisible();

  const logo = page.getByRole("img", { name: "Logo Tempe Murni Sukorejo" });
  await expect(logo).toBeVisible();
  const src = await logo.getAttribute("src");
  expect(src).toMatch(/^\/foto\/ikm\/[a-z0-9]+\/small$/);
  const served = await page.request.get(src ?? "");
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  // Not in the catalog until staff approve it.
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(new URL(src ?? "", page.url()).toString())).status()).toBe(404);
  await anonymous.close();

  // Back on step 4, what was saved is there (waiting for staff), and the steps say filled.
  await page.goto("/ikm/profil?langkah=4");
  await expect(page.getByLabel("Nomor WhatsApp")).toHaveValue("6281234567890");
  await expect(page.getByRole("status").filter({ hasText: "Menunggu tinjauan staf" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Logo dan foto\s*sudah diisi/ })).toBeVisible();
});
