// Accessibility acceptance (issue 17): axe-core, injected from node_modules, on the public pages
// and each role's home and desks, at desktop and phone widths, on the demo data. A violation of
// impact "serious" or "critical" fails the test; the failure names the width, the page, the rule,
// its help text and the elements it found, so a regression points at what to fix.
import { createRequire } from "node:module";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccounts, signIn } from "./support/accounts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// Sign-ins from an address of this spec's own, apart from the other specs' rate limits.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.150" } });

const widths = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 412, height: 915 } },
] as const;

interface AxeNode {
  target: unknown[];
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe on the page as it stands and returns its serious and critical violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}; ${violation.nodes.length} element(s): ` +
        violation.nodes
          .slice(0, 5)
          .map((node) => JSON.stringify(node.target))
          .join(", "),
    );
}

/** Each path at each width; every page's result is its own soft assertion, named by width and path. */
async function checkPages(page: Page, paths: readonly string[]): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize(width.viewport);
    for (const path of paths) {
      const response = await page.goto(path);
      expect.soft(response?.status(), `${width.name} ${path}: HTTP status`).toBe(200);
      await page.waitForLoadState("load");
      expect.soft(await seriousViolations(page), `axe, serious or critical, at ${width.name} width on ${path}`).toEqual([]);
    }
  }
}

/** The first link on `from` whose address matches, as a path (a demo product, supplier or event). */
async function firstLink(page: Page, from: string, href: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const found = hrefs.find((value) => href.test(value));
  if (!found) throw new Error(`No link matching ${href} on ${from}`);
  return found;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.150" } });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/masuk/);
  return page;
}

test("public pages have no serious or critical axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  const product = await firstLink(page, "/katalog", /^\/katalog\/produk\/[^/?]+$/);
  const supplier = await firstLink(page, product, /^\/katalog\/pemasok\/[^/?]+$/);
  const event = await firstLink(page, "/acara", /^\/acara\/[^/?]+$/);
  await checkPages(page, ["/", "/katalog", "/katalog?q=batik", product, supplier, "/acara", event, "/masuk", "/daftar"]);
});

test("the demo SME's home and partner-sharing page have no serious or critical axe violations", async ({ browser }) => {
  test.setTimeout(90_000);
  await checkPages(await signedIn(browser, demoAccounts.sme), ["/ikm", "/ikm/mitra"]);
});

test("the demo buyer's home has no serious or critical axe violations", async ({ browser }) => {
  test.setTimeout(90_000);
  await checkPages(await signedIn(browser, demoAccounts.buyer), ["/pembeli"]);
});

test("the staff desk, matching board and curation queue have no serious or critical axe violations", async ({ browser }) => {
  test.setTimeout(120_000);
  await checkPages(await signedIn(browser, demoAccounts.staff), ["/staf", "/staf/pencocokan", "/staf/kurasi", "/staf/impor", "/staf/impor/baru?jenis=smes"]);
});
