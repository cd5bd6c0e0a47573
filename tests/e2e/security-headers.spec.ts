import { expect, test } from "@playwright/test";
import { demoPassword } from "./support/accounts";

test("pages carry a nonce-based Content-Security-Policy and the hardening headers", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toBe(second.headers()["content-security-policy"]); // a fresh nonce per response
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["strict-transport-security"]).toContain("max-age=");
  expect(first.headers()["x-powered-by"]).toBeUndefined();
});

test("the app's scripts run under the policy: no violations while using the sign-in form", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/masuk");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  // Client-side validation only shows when the page's JavaScript runs.
  await expect(page.getByText("Isi alamat email Anda.")).toBeVisible();
  expect(violations).toEqual([]);
});

test("the session cookie is httpOnly and SameSite=Lax", async ({ page, context }) => {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill("pembeli@temu-usaha.test");
  await page.getByLabel("Kata sandi").fill(demoPassword);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/pembeli$/);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
