import { expect, test } from "@playwright/test";
import { demoAccounts, demoPassword as password, submitSignIn } from "./support/accounts";

// The header's "Keluar" loads next-auth's client only when it is pressed (issue 16: it is no
// longer part of the scripts every page downloads before its first paint), so the press itself
// must still end the session.
test("signing out from the header ends the session and returns to the home page", async ({ page }) => {
  await page.goto("/masuk");
  await submitSignIn(page, demoAccounts.sme, password);
  await expect(page).toHaveURL(/\/ikm$/);

  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  await nav.getByRole("button", { name: "Keluar" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole("link", { name: "Masuk" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "Keluar" })).toHaveCount(0);
  await page.goto("/ikm");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fikm$/);
});
