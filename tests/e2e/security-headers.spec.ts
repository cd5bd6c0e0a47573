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

test("no public page breaks the policy, eval probes included (a CSP issue costs Lighthouse's best practices)", async ({ page }) => {
  // The browser's own report of every violation, whether or not the script caught the error.
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener("securitypolicyviolation", (event) => found.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  await page.goto("/katalog");
  const product = await page.locator('a[href^="/katalog/produk/"]').first().getAttribute("href");
  const supplier = await page.locator('a[href^="/katalog/pemasok/"]').first().getAttribute("href");
  const violations: string[] = [];
  for (const path of ["/", "/katalog", "/katalog?q=batik", product!, supplier!, "/acara", "/masuk", "/daftar"]) {
    await page.goto(path, { waitUntil: "load" });
    if (path === "/masuk") {
      await page.getByRole("button", { name: "Masuk", exact: true }).click();
      await expect(page.getByText("Isi alamat email Anda.")).toBeVisible();
    }
    await page.waitForLoadState("networkidle");
    violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map((violation) => `${path}: ${violation}`));
  }
  expect(violations).toEqual([]);
});
