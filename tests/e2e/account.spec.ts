// "My account" (/akun) as its owner uses it: contact details, language, the data download,
// a password change and deleting the account. Each test signs in as its own seeded IKM owner
// that no other spec uses, so the two workers never share an account.
import fs from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { demoPassword as password, signIn } from "./support/accounts";

async function openMyAccount(page: Page) {
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Akun saya" }).click();
  await expect(page).toHaveURL(/\/akun$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akun saya");
}

/** Opens a dialog; retried, since a click that lands before the page has hydrated does nothing. */
async function openDialog(trigger: Locator, dialog: Locator) {
  await expect(async () => {
    if (!(await dialog.isVisible())) await trigger.click({ timeout: 2_000 });
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

type ExportFile = { format: string; tables: Record<string, Record<string, unknown>[]> };

test.describe("my account", () => {
  test("an anonymous visit is sent to sign in", async ({ page }) => {
    await page.goto("/akun");
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fakun$/);
    const response = await page.request.get("/akun/unduh-data", { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
  });

  test("contact details, language and the data download", async ({ page }) => {
    const email = "asri-soap-kudu@ikm.temu-usaha.test";
    await signIn(page, email);
    await expect(page).toHaveURL(/\/ikm$/);
    await openMyAccount(page);

    const phone = page.getByLabel("Nomor telepon atau WhatsApp");
    await phone.fill("12ab");
    await page.getByRole("button", { name: "Simpan data kontak" }).click();
    await expect(page.getByText("Nomor telepon tidak valid, contoh: +62 812 3456 7890.")).toBeVisible();
    await expect(phone).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Nama lengkap").fill("Fitriana Rahmawati Putri");
    await phone.fill("+62 812 7000 1234");
    await page.getByRole("button", { name: "Simpan data kontak" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Data kontak disimpan." })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Nama lengkap")).toHaveValue("Fitriana Rahmawati Putri");
    await expect(page.getByLabel("Nomor telepon atau WhatsApp")).toHaveValue("+62 812 7000 1234");
    // The header's office bar names who is signed in (on a desktop; the phone menu names it too).
    await expect(page.getByRole("banner").getByText("Masuk sebagai Fitriana Rahmawati Putri").filter({ visible: true })).toBeVisible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Unduh data saya (JSON)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^temu-usaha-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(fs.readFileSync((await download.path()) ?? "", "utf8")) as ExportFile;
    expect(file.format).toBe("temu-usaha.account-export");
    expect(file.tables.User?.[0]).toMatchObject({ email, name: "Fitriana Rahmawati Putri", phone: "+62 812 7000 1234", role: "SME" });
    expect(file.tables.User?.[0]).not.toHaveProperty("passwordHash");
    expect(file.tables.Enterprise?.[0]).toMatchObject({ slug: "asri-soap-kudu" });
    expect(file.tables.Product?.length).toBeGreaterThan(0);
    const actions = (file.tables.AuditLog ?? []).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(["user.update-profile", "user.export-data"]));
    // This sign-in, with the address only on attempts that succeeded (anyone may type the email).
    expect(file.tables.SignInAttempt?.some((row) => row.succeeded === true && typeof row.ip === "string")).toBe(true);
    expect(file.tables.SignInAttempt?.every((row) => row.succeeded === true || !("ip" in row))).toBe(true);

    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("button", { name: "Simpan bahasa" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
    await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
    await page.getByRole("radio", { name: "Bahasa Indonesia" }).check();
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
  });

  test("a password change needs the current password, and the new one signs in", async ({ page }) => {
    test.slow(); // four password checks and a hash (argon2 on purpose)
    const email = "kemaskarya-kalibanteng@ikm.temu-usaha.test";
    const newPassword = "Kardus kuat Kalibanteng 2026";
    await signIn(page, email);
    await expect(page).toHaveURL(/\/ikm$/);
    await openMyAccount(page);

    const current = page.getByLabel("Kata sandi saat ini");
    const next = page.getByLabel("Kata sandi baru", { exact: true });
    const repeat = page.getByLabel("Ulangi kata sandi baru");
    await current.fill("bukan-kata-sandinya");
    await next.fill(newPassword);
    await repeat.fill(newPassword);
    await page.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(page.getByText("Kata sandi salah.")).toBeVisible();

    await current.fill(password);
    await next.fill("password123");
    await repeat.fill("password123");
    await page.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(next).toHaveAttribute("aria-invalid", "true");

    await current.fill(password);
    await next.fill(newPassword);
    await repeat.fill(newPassword);
    await page.getByRole("button", { name: "Ganti kata sandi" }).click();
    // Every session signed in with the old password ends, this one too.
    await expect(page).toHaveURL(/\/masuk\?pemberitahuan=kata-sandi-diganti$/);
    await expect(page.getByRole("status").filter({ hasText: "Kata sandi telah diganti dan semua sesi lama diakhiri." })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Masuk" })).toBeVisible();
    await signIn(page, email, password);
    await expect(page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." })).toBeVisible();
    await signIn(page, email, newPassword);
    await expect(page).toHaveURL(/\/ikm$/);
  });

  test("deleting the account asks for the password, signs out and refuses the next sign-in", async ({ page }) => {
    const email = "jati-meteseh-furniture@ikm.temu-usaha.test";
    await signIn(page, email);
    await expect(page).toHaveURL(/\/ikm$/);
    await openMyAccount(page);

    const open = page.getByRole("button", { name: "Hapus akun saya" });
    const dialog = page.getByRole("dialog", { name: "Hapus akun secara permanen?" });
    await openDialog(open, dialog);
    await expect(dialog.getByLabel("Kata sandi Anda")).toBeFocused();
    await dialog.getByRole("button", { name: "Batal" }).click();
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();

    await page.keyboard.press("Enter");
    await dialog.getByLabel("Kata sandi Anda").fill("bukan-kata-sandinya");
    await dialog.getByRole("button", { name: "Ya, hapus akun saya" }).click();
    await expect(dialog.getByText("Kata sandi salah.")).toBeVisible();

    await dialog.getByLabel("Kata sandi Anda").fill(password);
    await dialog.getByRole("button", { name: "Ya, hapus akun saya" }).click();
    await expect(page).toHaveURL(/\/$/);
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    await expect(nav.getByRole("link", { name: "Masuk" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Akun saya" })).toHaveCount(0);

    await page.goto("/akun");
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fakun$/);
    await signIn(page, email);
    await expect(page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." })).toBeVisible();
    await expect(page).toHaveURL(/\/masuk/);
  });
});
