import { expect, test } from "@playwright/test";

// Its own client address, so these failures do not count against the other specs' sign-ins.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.45" } });

test("after five failed sign-ins from one address the sixth is refused with the time to retry", async ({ page }) => {
  const email = `tebakan-${Date.now()}@contoh.test`;
  await page.goto("/masuk");
  const alert = page.getByRole("alert").filter({ hasText: /./ });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill(`salah-${attempt}-kata-sandi`);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(alert).toHaveText("Email atau kata sandi salah.");
    await expect(page.getByRole("button", { name: "Masuk", exact: true })).toBeEnabled();
  }
  await page.getByLabel("Kata sandi").fill("salah-6-kata-sandi");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(alert).toContainText("Terlalu banyak percobaan masuk yang gagal");
  // The limit's 15-minute window ends at a quarter hour.
  await expect(alert).toContainText(/coba lagi pukul \d{2}[.:](00|15|30|45) WIB \(sekitar (\d|1[0-5]) menit lagi\)/);
});
