import { expect, test } from "@playwright/test";
import { linkFromMail, registerAndVerifySme, signIn, uniqueEmail } from "./support/accounts";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } });

test("a forgotten password is reset from the emailed link: the old one is refused, the new one works", async ({ page }) => {
  const email = uniqueEmail("lupa");
  const oldPassword = "batik tulis kampung malon";
  const newPassword = "lumpia rebung gang lombok";
  await registerAndVerifySme(page, email, oldPassword);

  await page.goto("/lupa-kata-sandi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lupa kata sandi?");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByText("Bila alamat itu terdaftar, tautan untuk mengatur ulang kata sandi sudah kami kirim.", { exact: false })).toBeVisible();

  const link = await linkFromMail(email, /^Atur ulang kata sandi/);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buat kata sandi baru");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(newPassword);
  await page.getByLabel("Ulangi kata sandi baru").fill("lumpia rebung gang lain");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kedua kata sandi tidak sama.")).toBeVisible();
  await page.getByLabel("Ulangi kata sandi baru").fill(newPassword);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByRole("heading", { name: "Kata sandi sudah diganti" })).toBeVisible();

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Tautan sudah dipakai" })).toBeVisible();

  await signIn(page, email, oldPassword);
  await expect(page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." })).toBeVisible();
  await expect(page).toHaveURL(/\/masuk$/);
  await page.getByLabel("Kata sandi").fill(newPassword);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/ikm$/);
});

test("asking for a reset of an unknown address gets the same answer", async ({ page }) => {
  await page.goto("/lupa-kata-sandi");
  await page.getByLabel("Email").fill(uniqueEmail("tidak-ada"));
  await page.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByText("Bila alamat itu terdaftar, tautan untuk mengatur ulang kata sandi sudah kami kirim.", { exact: false })).toBeVisible();
});
