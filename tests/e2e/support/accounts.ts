// Shared steps of the specs: the demo accounts, signing in, and the captured mail the server
// writes under E2E_DATA_DIR/mail (playwright.config.ts gives the server that DATA_DIR).
import path from "node:path";
import { type Browser, expect, type Page } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_BUYER_EMAIL, DEMO_PASSWORD } from "@/lib/seed/demo-data/sourcing";
import { addressOf, type CapturedMail, linksIn, listCapturedMail } from "../../../lib/mail/captured";

/** The password of every demo account: the one the seed gives them (lib/seed/demo-data). */
export const demoPassword = DEMO_PASSWORD;

/** One demo account per role, as lib/seed/demo-data creates them. */
export const demoAccounts = {
  admin: DEMO_ADMIN_EMAIL,
  staff: "staf@temu-usaha.test",
  sme: "ikm@temu-usaha.test",
  buyer: DEMO_BUYER_EMAIL,
  partner: "mitra@temu-usaha.test",
} as const;

export function uniqueEmail(name: string): string {
  return `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@contoh.test`;
}

/** Waits for the newest message to `email` whose subject matches, and returns its link. */
export async function linkFromMail(email: string, subject: RegExp): Promise<string> {
  const dir = path.join(process.env.E2E_DATA_DIR ?? "", "mail");
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        const messages = await listCapturedMail(dir, 500);
        found = messages.find((message) => addressOf(message.to) === email && subject.test(message.subject));
        return found?.subject ?? null;
      },
      { message: `an email to ${email} matching ${subject}`, timeout: 15_000 },
    )
    .toMatch(subject);
  const link = found ? linksIn(found.text)[0] : undefined;
  if (!link) throw new Error(`The email to ${email} holds no link`);
  return link;
}

/** Fills and sends the sign-in form the page shows (in Indonesian): a demo account's password unless told. */
export async function submitSignIn(page: Page, email: string, password: string = demoPassword): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/** Through the /masuk form, in Indonesian (a demo account's password unless told). */
export async function signIn(page: Page, email: string, password: string = demoPassword): Promise<void> {
  await page.goto("/masuk");
  await submitSignIn(page, email, password);
}

/** A page in a browser context of its own, signed in (and past the sign-in page) as `email`. */
export async function signedInPage(browser: Browser, email: string, password: string = demoPassword): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/\/masuk/);
  return page;
}

/** Registers an SME owner through /daftar/ikm, up to the "check your email" confirmation. */
export async function registerSme(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/daftar/ikm");
  await page.getByLabel("Nama lengkap").fill("Sri Lestari");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByLabel("Ulangi kata sandi").fill(password);
  await page.getByLabel("Nama usaha").fill("UD Batik Uji Coba");
  await page.getByLabel("Bentuk usaha").selectOption({ label: "Usaha Dagang (UD)" });
  await page.getByLabel("Kecamatan lokasi usaha").selectOption({ label: "Semarang Tengah" });
  await page.getByLabel(/setuju data saya diolah/).check();
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
}

/** Opens the verification link from the newest verification email. */
export async function verifyFromMail(page: Page, email: string): Promise<void> {
  await page.goto(await linkFromMail(email, /^Verifikasi alamat email/));
  await expect(page.getByRole("heading", { name: "Email Anda sudah terverifikasi" })).toBeVisible();
}

export async function registerAndVerifySme(page: Page, email: string, password: string): Promise<void> {
  await registerSme(page, email, password);
  await verifyFromMail(page, email);
}
