import { expect, test } from "@playwright/test";
import { demoPassword as password, submitSignIn } from "./support/accounts";

test.describe("sign-in", () => {
  test("staff sign in and land in the staff area with the staff navigation", async ({ page }) => {
    await page.goto("/masuk");
    await submitSignIn(page, "staf@temu-usaha.test", password);

    await expect(page).toHaveURL(/\/staf$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ringkasan program");
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    await expect(nav.getByRole("link", { name: "Area Staf" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Masuk" })).toHaveCount(0);
    await expect(nav.getByRole("button", { name: "Keluar" })).toBeVisible();
  });

  test("a protected page asked for before signing in is opened after it", async ({ page }) => {
    await page.goto("/staf");
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fstaf$/);
    await submitSignIn(page, "staf@temu-usaha.test", password);
    await expect(page).toHaveURL(/\/staf$/);
  });

  test("a wrong password shows an error and keeps the user on the sign-in page", async ({ page }) => {
    await page.goto("/masuk");
    await submitSignIn(page, "staf@temu-usaha.test", "kata-sandi-salah");

    // Filtered: Next.js's route announcer is an (empty) alert region too.
    await expect(page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." })).toBeVisible();
    await expect(page).toHaveURL(/\/masuk$/);
    await expect(page.getByLabel("Email")).toHaveValue("staf@temu-usaha.test");
  });

  test("empty and malformed fields get messages in Indonesian", async ({ page }) => {
    await page.goto("/masuk");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page.getByText("Isi alamat email Anda.")).toBeVisible();
    await expect(page.getByText("Isi kata sandi Anda.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Email").fill("bukan-email");
    await page.getByLabel("Kata sandi").fill(password);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page.getByText("Format email tidak valid, contoh: nama@usaha.id")).toBeVisible();
  });
});
