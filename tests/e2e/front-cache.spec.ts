// The front cache (lib/admission/front.ts): a signed-out visitor's cached page is answered from
// memory in front of Next, with exactly the status, headers (security headers included) and body
// Next gave for it; signed-in visitors, English and the client router's requests still go to
// Next; and a curation decision or a withdrawn product shows to the next signed-out visitor at
// once. The writes run on a server of this spec's own (its own embedded database), so no other
// spec sees them.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, type APIResponse, type Browser, expect, test } from "@playwright/test";
import { demoAccounts, signIn, signedInPage } from "./support/accounts";
import { openProductQueue, queueRow, score, staffEmail } from "./support/curation";
import { startServer, stop, waitForHealth } from "./support/spawned-server";

const productPath = "/katalog/produk/batik-tulis-asem-arang-sekar-asem";
const supplierPath = "/katalog/pemasok/batik-sekar-asem";
const waiting = { name: "Kain Seragam Batik Cap Motif Instansi", path: "/katalog/produk/seragam-batik-custom-sekar-asem" };
const identity = { "accept-encoding": "identity" };
const securityHeaders = [
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
];

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function answer(response: APIResponse): Promise<Answer> {
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

/**
 * Next's own answer from its cache (x-nextjs-cache: HIT, not from the front), then the front's
 * answer that follows it: asked until both are seen (an entry lives at most 10 s).
 */
async function nextThenFront(request: APIRequestContext, url: string, headers: Record<string, string> = identity) {
  let next: Answer | null = null;
  let front: Answer | null = null;
  await expect
    .poll(async () => {
      const current = await answer(await request.get(url, { headers }));
      if (current.headers["x-front-cache"] === undefined) next = current.headers["x-nextjs-cache"] === "HIT" ? current : null;
      else if (next !== null) front = current;
      else await new Promise((resolve) => setTimeout(resolve, 200));
      return front !== null;
    }, { timeout: 40_000, intervals: [50] })
    .toBe(true);
  return { next: next as unknown as Answer, front: front as unknown as Answer };
}

test("a signed-out product page comes from the front cache with Next's status, headers and body", async ({ request, browser }) => {
  test.setTimeout(90_000);
  const { next, front } = await nextThenFront(request, productPath);
  expect(front.status).toBe(200);
  expect(front.headers["x-front-cache"]).toBe("HIT");
  expect(front.body).toBe(next.body);
  expect(front.body).toContain("Batik Tulis Motif Asem Arang");
  for (const name of securityHeaders) {
    expect(next.headers[name], name).toBeTruthy();
    expect(front.headers[name], name).toBe(next.headers[name]);
  }
  expect(front.headers["content-security-policy"]).not.toContain("nonce-");
  // Every other header too, but the date and the front's own mark.
  const { date: _frontDate, "x-front-cache": _mark, ...frontRest } = front.headers;
  const { date: _nextDate, ...nextRest } = next.headers;
  expect(frontRest).toEqual(nextRest);
  expect(front.headers["x-temu-twin"]).toBeUndefined();
  expect(next.headers["x-temu-twin"]).toBeUndefined();

  // gzip when the client takes it; HEAD gets the headers only.
  const gzip = await request.get(productPath, { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers()["x-front-cache"]).toBe("HIT");
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  expect(await gzip.text()).toBe(next.body);
  const head = await request.head(productPath, { headers: identity });
  expect(head.headers()["x-front-cache"]).toBe("HIT");
  expect(head.headers()["content-length"]).toBe(String(Buffer.byteLength(next.body)));

  // English, the client router's payloads and prefetches, and a query string go to Next.
  const english = await request.get(productPath, { headers: { cookie: "NEXT_LOCALE=en" } });
  expect(english.headers()["x-front-cache"]).toBeUndefined();
  expect(await english.text()).toContain('lang="en"');
  const routerHeaders: Record<string, string>[] = [{ RSC: "1", "Next-Router-Prefetch": "1", "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors" }, { RSC: "1", "Sec-Fetch-Dest": "empty" }];
  for (const headers of routerHeaders) {
    for (const url of [productPath, `${productPath}?_rsc=abc12`]) {
      const router = await request.get(url, { headers, maxRedirects: 0 });
      expect(router.headers()["x-front-cache"], url).toBeUndefined();
      expect(router.headers()["x-nextjs-cache"], url).toBeUndefined(); // not the twin either
    }
  }
  expect((await request.get(`${productPath}?ref=wa`)).headers()["x-front-cache"]).toBeUndefined();

  // A signed-in visitor gets the dynamic page with their own header.
  const sme = await signedInPage(browser, demoAccounts.sme);
  const signedIn = await sme.goto(productPath);
  expect(signedIn?.headers()["x-front-cache"]).toBeUndefined();
  expect(signedIn?.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  await expect(sme.getByText(/^Masuk sebagai /).first()).toBeAttached();
  await sme.context().close();
});

/** A port the system has free now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function signedInAt(browser: Browser, base: string, email: string) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/masuk/);
  return page;
}

test("publishing and withdrawing a product show to the next signed-out visitor at once", async ({ request, browser }) => {
  test.setTimeout(300_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-front-cache-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(dataDir, port, { env: { EMBEDDED_DEMO_DATA: "true", AUTH_SECRET: "front-cache-secret-front-cache-secret-0123" } });
  try {
    await waitForHealth(port, server);
    const supplier = `${base}${supplierPath}`;
    const before = await nextThenFront(request, supplier);
    expect(before.front.body).not.toContain(waiting.name);
    expect((await request.get(`${base}${waiting.path}`)).status()).toBe(404);
    expect((await request.get(supplier, { headers: identity })).headers()["x-front-cache"]).toBe("HIT");

    const staff = await signedInAt(browser, base, staffEmail);
    await openProductQueue(staff, "Menunggu kurasi");
    await (await queueRow(staff, waiting.name)).getByRole("link", { name: waiting.name, exact: true }).click();
    await expect(staff.getByRole("heading", { name: waiting.name, level: 1 })).toBeVisible();
    await score(staff, { Legalitas: 3, "Mutu dan kapasitas": 2, "Jangkauan pasar": 2, "Keunggulan bersaing": 2 });
    await staff.getByRole("radio", { name: /Terbitkan/ }).check();
    // The supplier page freshly in the front cache (an entry lives 10 s): only emptying it shows the change.
    expect((await nextThenFront(request, supplier)).front.body).not.toContain(waiting.name);
    await staff.getByRole("button", { name: "Simpan keputusan" }).click();
    await expect(staff.getByText("Terverifikasi", { exact: true }).first()).toBeVisible();
    await staff.context().close();

    // The very next visitor sees the new product, and the page is then cached again.
    const published = await request.get(supplier, { headers: identity });
    expect(published.headers()["x-front-cache"]).toBeUndefined();
    expect(await published.text()).toContain(waiting.name);
    expect((await nextThenFront(request, supplier)).front.body).toContain(waiting.name);
    const product = await nextThenFront(request, `${base}${waiting.path}`);
    expect(product.front.body).toContain(waiting.name);

    // The owner withdraws (deletes) it: gone for the next visitor, from both pages.
    const owner = await signedInAt(browser, base, demoAccounts.sme);
    await owner.goto("/ikm/produk");
    await owner.getByRole("link", { name: waiting.name }).first().click();
    await owner.getByRole("button", { name: "Hapus produk" }).click();
    await Promise.all([nextThenFront(request, supplier), nextThenFront(request, `${base}${waiting.path}`)]);
    await owner.getByRole("button", { name: "Ya, hapus" }).click();
    await expect(owner).toHaveURL(/\/ikm\/produk\?dihapus=1$/);
    await owner.context().close();
    expect((await request.get(`${base}${waiting.path}`, { headers: identity })).status()).toBe(404);
    const withdrawn = await request.get(supplier, { headers: identity });
    expect(withdrawn.headers()["x-front-cache"]).toBeUndefined();
    expect(await withdrawn.text()).not.toContain(waiting.name);
  } finally {
    await stop(server, "SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
