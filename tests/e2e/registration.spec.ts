import { expect, test } from "@playwright/test";
import { linkFromMail, registerSme, signIn, uniqueEmail, verifyFromMail } from "./support/accounts";

// Its own client address, so sign-in limits of other specs do not reach these.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });

const password = "batik tulis kampung malon";

test.describe("registration", () => {
  test("an SME owner registers, verifies the address from the email, signs in and lands in the SME area", async ({ page }) => {
    await page.goto("/daftar");
    await page.getByRole("link", { name: "Daftar sebagai IKM" }).click();
    await expect(page).toHaveURL(/\/daftar\/ikm$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar sebagai IKM");

    const email = uniqueEmail("ikm");
    await registerSme(page, email, password);

    // Not before the address is verified; the refusal offers a new link.
    await signIn(page, email, password);
    const refusal = page.getByRole("alert").filter({ hasText: "Email Anda belum diverifikasi." });
    await expect(refusal).toBeVisible();
    await refusal.getByRole("link", { name: "Kirim ulang tautan verifikasi" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kirim ulang tautan verifikasi");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await expect(page.getByText("Bila alamat itu terdaftar dan belum diverifikasi", { exact: false })).toBeVisible();

    await verifyFromMail(page, email);
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/ikm$/);

    // The link works once.
    await page.goto(await linkFromMail(email, /^Verifikasi alamat email/));
    await expect(page.getByRole("heading", { name: "Email ini sudah terverifikasi" })).toBeVisible();
  });

  test("a buyer registers in English, with errors in English, verifies, signs in and lands in the buyer area", async ({ page }) => {
    await page.goto("/daftar/pembeli");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register as a buyer");

    const email = uniqueEmail("pembeli");
    await page.getByLabel("Full name").fill("Bima Sakti");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("password123");
    await page.getByLabel("Repeat the password").fill("password123");
    await page.getByRole("button", { name: "Register", exact: true }).click();

    const passwordField = page.getByLabel("Password", { exact: true });
    await expect(page.getByText("This password is too common and easy to guess.", { exact: false })).toBeVisible();
    await expect(page.getByText("Enter the organisation's name.")).toBeVisible();
    await expect(page.getByText("Tick the privacy notice consent to continue.")).toBeVisible();
    await expect(passwordField).toHaveAttribute("aria-invalid", "true");
    // What was typed stays; the first field in error has the focus.
    await expect(page.getByLabel("Full name")).toHaveValue("Bima Sakti");
    await expect(passwordField).toBeFocused();

    await passwordField.fill(password);
    await page.getByLabel("Repeat the password").fill(password);
    await page.getByLabel("Organisation name").fill("PT Sarana Niaga Uji");
    await page.getByLabel("Kind of buyer").selectOption({ label: "Distributor" });
    await page.getByLabel("City").fill("Jakarta");
    await expect(page.getByLabel("Country")).toHaveValue("ID");
    await page.getByLabel(/I have read the privacy notice/).check();
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();

    await page.goto(await linkFromMail(email, /^Verify your email address/));
    await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();

    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/pembeli$/);
  });

  test("signing up again with a registered address answers like a new sign-up and mails the owner instead", async ({ page }) => {
    const email = uniqueEmail("ganda");
    await registerSme(page, email, password);

    await page.goto("/daftar/pembeli");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Nama lengkap").fill("Orang Lain");
    await page.getByLabel("Kata sandi", { exact: true }).fill(password);
    await page.getByLabel("Ulangi kata sandi").fill(password);
    await page.getByLabel("Nama organisasi").fill("PT Lain");
    await page.getByLabel("Jenis pembeli").selectOption({ label: "Ritel" });
    await page.getByLabel("Kota").fill("Semarang");
    await page.getByLabel(/setuju data saya diolah/).check();
    await page.getByRole("button", { name: "Daftar", exact: true }).click();
    // The same answer as for a new address: nothing tells the visitor that it has an account.
    await expect(page.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    // Its owner is told, with a link to set a new password.
    expect(await linkFromMail(email, /^Ada yang mencoba mendaftar/)).toMatch(/\/masuk$/);
  });

  test("a broken verification link explains itself and offers a new one; the mail page does not exist in production", async ({ page }) => {
    await page.goto("/verifikasi-email?token=rusak.rusak");
    await expect(page.getByRole("heading", { name: "Tautan verifikasi tidak valid" })).toBeVisible();
    await page.getByRole("link", { name: "Kirim ulang tautan verifikasi" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kirim ulang tautan verifikasi");
    await page.getByLabel("Email").fill(uniqueEmail("siapa"));
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await expect(page.getByText("Bila alamat itu terdaftar dan belum diverifikasi", { exact: false })).toBeVisible();

    const response = await page.goto("/dev/surat");
    expect(response?.status()).toBe(404);
  });
});
