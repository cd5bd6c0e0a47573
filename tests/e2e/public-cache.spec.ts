// Signed-out visitors get the catalog and event pages from Next's full-route cache (proxy.ts
// rewrites them to app/anonim/), under a policy without a nonce; signed-in visitors get the
// dynamic page with their own header; and a curation decision shows on the cached pages at once
// (the action revalidates the catalog's tag, lib/public-cache). Seeded data: Batik Sekar Asem
// (published, owned by the demo SME ikm@) and its "Kain Seragam Batik Cap Motif Instansi"
// (SUBMITTED; no other spec reviews it).
import { type APIRequestContext, expect, test } from "@playwright/test";
import { demoAccounts, signedInPage } from "./support/accounts";
import { openProductQueue, queueRow, score, staffEmail } from "./support/curation";

const productPath = "/katalog/produk/batik-tulis-asem-arang-sekar-asem";
const supplierPath = "/katalog/pemasok/batik-sekar-asem";
const waiting = { name: "Kain Seragam Batik Cap Motif Instansi", path: "/katalog/produk/seragam-batik-custom-sekar-asem" };

/**
 * The page as a signed-out visitor gets it from the cache. Other specs' writes expire the cache
 * and a page older than its 60 s is served STALE once while it renders again, so the page is
 * asked for until the cache answers HIT (within seconds).
 */
async function cachedPage(request: APIRequestContext, path: string) {
  let response = await request.get(path);
  await expect
    .poll(async () => {
      response = await request.get(path);
      return [response.status(), response.headers()["x-nextjs-cache"]];
    }, { timeout: 15_000 })
    .toEqual([200, "HIT"]);
  return { response, html: await response.text() };
}

test("a signed-out visitor gets the cached page and a signed-in visitor their own header", async ({ request, browser }) => {
  const { response, html } = await cachedPage(request, productPath);
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("script-src 'self' 'unsafe-inline';");
  expect(csp).not.toContain("nonce-");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(html).toContain("Batik Tulis Motif Asem Arang");
  expect(html).toContain('href="/masuk"');
  expect(html).not.toContain('href="/akun"'); // no account menu
  for (const path of ["/katalog", "/katalog/pemasok", "/acara"]) await cachedPage(request, path);

  // Personal pages stay dynamic: a query string outside the catalog's search (whose cached twins
  // public-cache-search.spec.ts checks), and the twins cannot be asked for directly.
  expect((await request.get(`${productPath}?ref=wa`)).headers()["x-nextjs-cache"]).toBeUndefined();
  expect((await request.get(`/anonim/id${productPath}`)).status()).toBe(404);
  // The client router's own requests (RSC payload, prefetch) get the dynamic route, not the twin:
  // sent to the twins, a browser's prefetches from a cached page could stay unanswered (found by
  // security-headers.spec.ts, waiting for the network to go idle on /katalog).
  for (const path of [productPath, "/acara"]) {
    const payload = await request.get(`${path}?_rsc=abc12`, { headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree", "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors" }, maxRedirects: 0 });
    expect(payload.headers()["x-middleware-rewrite"]).toBeUndefined();
    expect(payload.headers()["x-nextjs-rewritten-path"]).toBeUndefined();
  }

  const sme = await signedInPage(browser, demoAccounts.sme);
  const signedIn = await sme.goto(productPath);
  expect(signedIn?.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(signedIn?.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  await expect(sme.getByRole("heading", { level: 1, name: "Batik Tulis Motif Asem Arang" })).toBeVisible();
  await expect(sme.getByText(/^Masuk sebagai /).first()).toBeAttached();
  await sme.context().close();
});

test("the cached page's scripts run under its policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(productPath);
  await page.goto(productPath);
  // Client navigation works: the catalog link is followed by the app's router.
  await page.getByRole("link", { name: "Kembali ke katalog" }).click();
  await expect(page).toHaveURL(/\/katalog$/);
  expect(violations).toEqual([]);
});

test("publishing a product through curation shows on the cached anonymous pages at once", async ({ request, browser }) => {
  test.setTimeout(90_000);
  expect((await request.get(waiting.path)).status()).toBe(404);
  expect((await cachedPage(request, supplierPath)).html).not.toContain(waiting.name);
  const search = "/katalog?q=seragam+batik+cap+instansi";
  expect((await cachedPage(request, search)).html).not.toContain(waiting.name);

  const staff = await signedInPage(browser, staffEmail);
  await openProductQueue(staff, "Menunggu kurasi");
  await (await queueRow(staff, waiting.name)).getByRole("link", { name: waiting.name, exact: true }).click();
  await expect(staff.getByRole("heading", { name: waiting.name, level: 1 })).toBeVisible();
  await score(staff, { Legalitas: 3, "Mutu dan kapasitas": 2, "Jangkauan pasar": 2, "Keunggulan bersaing": 2 });
  await staff.getByRole("radio", { name: /Terbitkan/ }).check();
  await staff.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staff.getByText("Terverifikasi", { exact: true }).first()).toBeVisible();
  await staff.context().close();

  // The cached search shows the new product at once: the decision expired the catalog's tag.
  expect(await (await request.get(search)).text()).toContain(waiting.name);
  expect((await cachedPage(request, search)).html).toContain(waiting.name);
  const supplier = await request.get(supplierPath);
  expect(await supplier.text()).toContain(waiting.name);
  const product = await request.get(waiting.path);
  expect(product.status()).toBe(200);
  expect(await product.text()).toContain(waiting.name);
});
