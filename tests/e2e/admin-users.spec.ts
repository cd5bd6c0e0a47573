// Admin user management in /admin: role changes, deactivation (which ends the user's open
// session at once) and reactivation, filters in the URL, and the rules on one's own account.
// Destructive steps use seeded IKM owners no other spec signs in as, and undo themselves.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { demoPassword as password, signedInPage, signIn } from "./support/accounts";

const admin = "admin@temu-usaha.test";

async function searchUsers(page: Page, text: string) {
  await page.getByLabel("Cari nama atau email").fill(text);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text)}`));
}

/** Opens a dialog; retried, since a click that lands before the page has hydrated does nothing. */
async function openDialog(trigger: Locator, dialog: Locator) {
  await expect(async () => {
    if (!(await dialog.isVisible())) await trigger.click({ timeout: 2_000 });
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

function rowOf(page: Page, email: string) {
  return page.getByRole("row").filter({ hasText: email });
}

test.describe("admin user management", () => {
  test("an admin changes a user's role through a confirmation dialog", async ({ page }) => {
    const email = "genteng-bata-tugurejo@ikm.temu-usaha.test";
    await signIn(page, admin);
    await expect(page).toHaveURL(/\/admin$/);
    await searchUsers(page, "genteng-bata");
    const row = rowOf(page, email);
    await expect(row.getByRole("cell", { name: "IKM", exact: true })).toBeVisible();

    const dialog = page.getByRole("dialog", { name: "Ubah peran Suparman" });
    await openDialog(row.getByRole("button", { name: "Ubah peran Suparman" }), dialog);
    await expect(dialog.getByLabel("Peran baru")).toBeFocused();
    // Escape closes without changing anything.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(row.getByRole("button", { name: "Ubah peran Suparman" })).toBeFocused();

    await page.keyboard.press("Enter");
    await dialog.getByLabel("Peran baru").selectOption({ label: "Pembeli" });
    await dialog.getByRole("button", { name: "Simpan peran" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Peran diubah." })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Pembeli", exact: true })).toBeVisible();

    // The role filter in the URL finds the user among buyers.
    await page.goto(`/admin?role=BUYER&q=genteng-bata`);
    await expect(rowOf(page, email)).toBeVisible();
    await expect(page.getByLabel("Peran", { exact: true })).toHaveValue("BUYER");

    // Back to IKM, so the seeded data stays as it was.
    await openDialog(rowOf(page, email).getByRole("button", { name: "Ubah peran Suparman" }), dialog);
    await dialog.getByLabel("Peran baru").selectOption({ label: "IKM" });
    await dialog.getByRole("button", { name: "Simpan peran" }).click();
    await expect(page.getByRole("heading", { name: "Tidak ada pengguna yang cocok" })).toBeVisible();
  });

  test("a deactivated user's open session stops at the next page load; reactivation lets them back", async ({ page, browser }) => {
    test.slow(); // two browsers and four sign-ins (argon2 on purpose)
    const email = "atsiri-polaman@ikm.temu-usaha.test";
    const userPage = await signedInPage(browser, email);
    await expect(userPage).toHaveURL(/\/ikm$/);

    await signIn(page, admin);
    await searchUsers(page, "atsiri-polaman");
    const row = rowOf(page, email);
    const dialog = page.getByRole("dialog", { name: "Nonaktifkan akun Hadi Purnomo?" });
    await openDialog(row.getByRole("button", { name: "Nonaktifkan Hadi Purnomo" }), dialog);
    await expect(dialog.getByText(`${email} tidak dapat masuk lagi`)).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
    await dialog.getByRole("button", { name: "Ya, nonaktifkan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Akun dinonaktifkan." })).toBeVisible();
    await expect(row.getByText("Nonaktif", { exact: true })).toBeVisible();

    // The user's browser, still holding its session cookie, is sent to sign in.
    await userPage.reload();
    await expect(userPage).toHaveURL(/\/masuk\?callbackUrl=%2Fikm$/);
    await expect(userPage.getByRole("button", { name: "Keluar" })).toHaveCount(0);
    await userPage.getByLabel("Email").fill(email);
    await userPage.getByLabel("Kata sandi").fill(password);
    await userPage.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(userPage.getByRole("alert").filter({ hasText: /salah|nonaktif/i })).toBeVisible();
    await expect(userPage).toHaveURL(/\/masuk/);

    await row.getByRole("button", { name: "Aktifkan kembali Hadi Purnomo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Akun diaktifkan kembali." })).toBeVisible();
    await expect(row.getByText("Aktif", { exact: true })).toBeVisible();
    await userPage.context().close();
    const again = await signedInPage(browser, email);
    await expect(again).toHaveURL(/\/ikm$/);
    await again.context().close();
  });

  test("an admin's own row has no controls; the list filters by status and links to invitations", async ({ page }) => {
    await signIn(page, admin);
    await expect(page.getByRole("link", { name: "Undang staf atau mitra" })).toHaveAttribute("href", "/admin/undang");
    await searchUsers(page, admin);
    const own = rowOf(page, admin);
    await expect(own.getByText("Akun Anda")).toBeVisible();
    await expect(own.getByRole("button")).toHaveCount(0);

    await page.getByLabel("Cari nama atau email").fill("");
    await page.getByLabel("Status").selectOption({ label: "Aktif" });
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/status=ACTIVE/);
    await expect(page.getByText(/akun cocok dengan saringan/)).toBeVisible();
    await page.getByRole("link", { name: "Hapus saringan" }).click();
    await expect(page).toHaveURL(/\/admin$/);
  });

  test("staff cannot open user management", async ({ page }) => {
    await signIn(page, "staf@temu-usaha.test");
    await expect(page).toHaveURL(/\/staf$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/staf$/);
  });
});
