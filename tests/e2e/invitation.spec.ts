import { expect, test } from "@playwright/test";
import { demoPassword, linkFromMail, signIn, uniqueEmail } from "./support/accounts";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.63" } });

test.describe("invitations", () => {
  test("an admin invites a staff member, who sets a password from the email, signs in and lands on /staf", async ({ page }) => {
    await signIn(page, "admin@temu-usaha.test", demoPassword);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/undang");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Undang staf atau mitra");

    const email = uniqueEmail("staf");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Nama", { exact: true }).fill("Dewi Petugas");
    await expect(page.getByLabel("Peran")).toHaveValue("STAFF");
    await expect(page.getByLabel("Organisasi mitra")).toHaveCount(0);
    await page.getByRole("button", { name: "Kirim undangan" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Undangan terkirim ke ${email}.` })).toBeVisible();
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue("");

    // The invitee, in a browser nobody is signed in to.
    await page.context().clearCookies();
    await page.goto(await linkFromMail(email, /^Undangan bergabung/));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terima undangan");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByLabel("Nama lengkap")).toHaveValue("Dewi Petugas");
    await page.getByLabel("Nama lengkap").fill("Dewi Lestari");
    await page.getByLabel("Kata sandi", { exact: true }).fill("wedang ronde simpang lima");
    await page.getByLabel("Ulangi kata sandi").fill("wedang ronde simpang lima");
    await page.getByRole("button", { name: "Aktifkan akun" }).click();
    await expect(page.getByRole("heading", { name: "Akun Anda aktif" })).toBeVisible();

    await signIn(page, email, "wedang ronde simpang lima");
    await expect(page).toHaveURL(/\/staf$/);
  });

  test("a partner needs a partner organisation", async ({ page }) => {
    await signIn(page, "admin@temu-usaha.test", demoPassword);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/undang");
    await page.getByLabel("Email", { exact: true }).fill(uniqueEmail("mitra"));
    await page.getByLabel("Nama", { exact: true }).fill("Rina Mitra");
    await page.getByLabel("Peran").selectOption({ label: "Mitra" });
    await expect(page.getByLabel("Organisasi mitra")).toBeVisible();
    await page.getByRole("button", { name: "Kirim undangan" }).click();
    await expect(page.getByText("Pilih organisasi mitra untuk peran Mitra.")).toBeVisible();
    await expect(page.getByLabel("Organisasi mitra")).toBeFocused();
  });

  test("staff cannot open the invitation page", async ({ page }) => {
    await signIn(page, "staf@temu-usaha.test", demoPassword);
    await expect(page).toHaveURL(/\/staf$/);
    await page.goto("/admin/undang");
    await expect(page).toHaveURL(/\/staf$/);
  });
});
