// Issue 16: a page's document carries only the message namespaces its client components (and
// the server actions they post to) can use, never the whole catalog, and stays within its byte
// budget. What a route's client side may use is read from the production build Next wrote
// (.next: the client and server reference manifests) and the source of those modules
// (support/message-namespaces.ts); what a document carries is read from its flight data.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { demoAccounts, signedInPage } from "./support/accounts";
import {
  actionKeyNamespaces,
  clientModuleNamespaces,
  documentNamespaces,
  routeClientModules,
  routeServerActionModules,
} from "./support/message-namespaces";

const distDir = path.resolve(import.meta.dirname, "../../.next");
const kilobyte = 1024;
/** Issue 16's budgets, raw bytes of the document. */
const signInBudget = 60 * kilobyte;
const publicBudget = 120 * kilobyte;

/** What the client modules and server actions of these built routes can translate with. */
function usableNamespaces(routes: readonly string[]): Set<string> {
  const usable = new Set<string>();
  for (const route of routes) {
    for (const name of clientModuleNamespaces(routeClientModules(distDir, route))) usable.add(name);
    for (const file of routeServerActionModules(distDir, route)) for (const name of actionKeyNamespaces(file)) usable.add(name);
  }
  return usable;
}

async function fetchDocument(request: APIRequestContext, url: string, status = 200) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(status);
  const body = await response.body();
  return { html: body.toString("utf8"), raw: body.length, gzip: gzipSync(body).length };
}

/** The namespaces a document carries that nothing on its route can use. */
function unusedNamespaces(html: string, routes: readonly string[]): string[] {
  const usable = usableNamespaces(routes);
  return [...documentNamespaces(html)].filter((name) => !usable.has(name)).sort();
}

async function catalogLink(request: APIRequestContext, prefix: string): Promise<string> {
  const { html } = await fetchDocument(request, "/katalog");
  const href = new RegExp(`href="(${prefix}[^"?#]+)"`).exec(html)?.[1];
  if (!href) throw new Error(`The catalog links no ${prefix} page`);
  return href;
}

test.describe("message namespaces and document budgets", () => {
  test("every public page's document carries only the namespaces its client side uses, within budget", async ({ request }) => {
    const pages: { url: string; route: string; status?: number; budget?: number }[] = [
      { url: "/", route: "(public)/page" },
      { url: "/katalog", route: "(public)/katalog/page" },
      { url: "/katalog?q=batik", route: "(public)/katalog/page" },
      { url: await catalogLink(request, "/katalog/produk/"), route: "(public)/katalog/produk/[slug]/page" },
      { url: await catalogLink(request, "/katalog/pemasok/"), route: "(public)/katalog/pemasok/[slug]/page" },
      { url: "/acara", route: "(public)/acara/page" },
      { url: "/masuk", route: "(public)/masuk/page", budget: signInBudget },
      { url: "/daftar", route: "(public)/daftar/page" },
      { url: "/daftar/ikm", route: "(public)/daftar/ikm/page" },
      { url: "/daftar/pembeli", route: "(public)/daftar/pembeli/page" },
      { url: "/lupa-kata-sandi", route: "(public)/lupa-kata-sandi/page" },
      { url: "/halaman-yang-tidak-ada", route: "_not-found/page", status: 404 },
    ];
    const sizes: Record<string, { raw: number; gzip: number; namespaces: string[] }> = {};
    for (const { url, route, status, budget } of pages) {
      const { html, raw, gzip } = await fetchDocument(request, url, status);
      const carried = documentNamespaces(html);
      sizes[url] = { raw, gzip, namespaces: [...carried].sort() };
      // Soft: every page is checked (and its size reported) before the test fails.
      // The document has a provider (the shell's): a parser finding nothing would prove nothing.
      expect.soft(carried.size, `${url}: namespaces found in the document`).toBeGreaterThan(0);
      expect.soft(unusedNamespaces(html, [route]), `${url}: namespaces no client component or action on ${route} uses`).toEqual([]);
      expect.soft(raw, `${url}: document bytes`).toBeLessThanOrEqual(budget ?? publicBudget);
    }
    console.log(`document sizes ${JSON.stringify(sizes)}`);
  });

  test("the signed-in areas carry only what their route group's client side uses", async ({ browser }) => {
    const areas = [
      { email: demoAccounts.sme, url: "/ikm", group: "(sme)/ikm/" },
      { email: demoAccounts.staff, url: "/staf/pencocokan", group: "(staff)/staf/" },
    ];
    for (const { email, url, group } of areas) {
      const page = await signedInPage(browser, email);
      const { html } = await fetchDocument(page.context().request, url);
      const routes = builtRoutesUnder(group);
      expect(routes.length, `built routes under ${group}`).toBeGreaterThan(0);
      expect(unusedNamespaces(html, routes), `${url}: namespaces no client component or action of ${group} uses`).toEqual([]);
      await page.context().close();
    }
  });

  test("client components find every message they ask for (no MISSING_MESSAGE in the browser)", async ({ page }) => {
    const missing: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("MISSING_MESSAGE")) missing.push(`${page.url()}: ${message.text()}`);
    });
    for (const url of ["/", "/katalog?q=batik", "/acara", "/masuk", "/daftar/ikm", "/daftar/pembeli", "/lupa-kata-sandi", "/halaman-yang-tidak-ada"]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
    }
    expect.soft(missing, "messages the pages' client components could not find").toEqual([]);
    // A form's server answer is translated with the same messages: an invalid submit shows them.
    await page.goto("/lupa-kata-sandi");
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await expect.soft(page.locator("form").getByRole("alert")).toHaveText("Periksa kembali isian yang ditandai.");
    expect(missing, "messages the form could not find").toEqual([]);
  });
});

/** Every built page route under a route group folder, e.g. "(sme)/ikm/". */
function builtRoutesUnder(group: string): string[] {
  const appDir = path.join(distDir, "server", "app");
  return fs.readdirSync(path.join(appDir, group), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("page_client-reference-manifest.js"))
    .map((file) => `${group}${file.replace(/_client-reference-manifest\.js$/, "")}`);
}
