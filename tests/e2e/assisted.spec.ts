import { expect, test } from "@playwright/test";
import { demoPassword, linkFromMail, signIn, uniqueEmail } from "./support/accounts";
import { outsideDeskNav } from "./support/staff-desk";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.125" } });

test.describe("assisted mode", () => {
  test("staff register a business for its owner, who takes the account over from the email and sees it on /ikm", async ({ page }) => {
    // Two sign-ins, an email round trip and a password hash: slow on a loaded 2-core machine.
    test.setTimeout(90_000);
    const suffix = Math.random().toString(36).slice(2, 7);
    const legalName = `UD Wingko Dampingan ${suffix}`;
    const email = uniqueEmail("pemilik");
    const password = "wingko babat hangat pagi";

    await signIn(page, "staf@temu-usaha.test", demoPassword);
    await expect(page).toHaveURL(/\/staf$/);
    await page.getByRole("link", { name: /IKM dampingan/ }).and(outsideDeskNav(page)).click();
    await expect(page).toHaveURL(/\/staf\/ikm$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("IKM dampingan");
    await page.getByRole("link", { name: "Daftarkan IKM dampingan" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftarkan IKM dampingan");

    // The consent is required: without it nothing is created and the checkbox is pointed out.
    await page.getByLabel("Nama pemilik").fill("Bu Sumarni");
    await page.getByLabel("Email pemilik").fill(email);
    await page.getByLabel("Nama usaha", { exact: true }).fill(legalName);
    await page.getByLabel("Bentuk usaha").selectOption({ label: "Usaha Dagang (UD)" });
    await page.getByLabel("Kecamatan lokasi usaha").selectOption({ label: "Semarang Tengah" });
    await page.getByRole("button", { name: "Daftarkan dan lanjut isi profil" }).click();
    await expect(page.getByText("Centang konfirmasi bahwa pemilik usaha setuju dibantu.")).toBeVisible();
    await expect(page.getByLabel(/setuju saya daftarkan/)).toBeFocused();

    await page.getByLabel(/setuju saya daftarkan/).check();
    await page.getByRole("button", { name: "Daftarkan dan lanjut isi profil" }).click();
    await expect(page).toHaveURL(/\/staf\/ikm\/[a-z0-9]+\/profil/);

    await page.goto(`/staf/ikm?q=${encodeURIComponent(suffix)}`);
    const row = page.getByRole("row").filter({ hasText: legalName });
    await expect(row).toBeVisible();
    await expect(row).toContainText("Menunggu diambil alih");
    await expect(row).toContainText(email);
    await expect(row.getByRole("button", { name: "Kirim ulang undangan" })).toBeVisible();

    // The owner, in a browser nobody is signed in to.
    await page.context().clearCookies();
    await page.goto(await linkFromMail(email, /sudah didaftarkan di Temu Usaha/));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terima undangan");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(password);
    await page.getByLabel("Ulangi kata sandi").fill(password);
    await page.getByRole("button", { name: "Aktifkan akun" }).click();
    await expect(page.getByRole("heading", { name: "Akun Anda aktif" })).toBeVisible();

    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/ikm$/);
    await expect(page.getByText(legalName, { exact: true }).first()).toBeVisible();

    // Staff see the takeover, and the enterprise stays on their list.
    await page.context().clearCookies();
    await signIn(page, "staf@temu-usaha.test", demoPassword);
    await expect(page).toHaveURL(/\/staf$/);
    await page.goto(`/staf/ikm?q=${encodeURIComponent(suffix)}`);
    const after = page.getByRole("row").filter({ hasText: legalName });
    await expect(after).toContainText("Sudah diambil alih");
    await expect(after.getByRole("button", { name: "Kirim ulang undangan" })).toHaveCount(0);
  });
});
