// Issue 17 acceptance: the site header never wraps between 1024 and 1440 px, for anonymous
// visitors and every role. Measured in the page: each of the header's links, buttons and texts
// sits on one line (its text's line boxes share one top), and the items of the main row share
// one vertical centre (a wrapped row would put some below the others). The home link's
// accessible name keeps holding its visible text (WCAG 2.5.3).
import { expect, type Page, test } from "@playwright/test";
import { demoAccounts, signedInPage } from "./support/accounts";

const widths = [1024, 1280, 1440] as const;
const roles = [
  { role: "anonymous", email: null, home: "/" },
  { role: "SME", email: demoAccounts.sme, home: "/ikm" },
  { role: "buyer", email: demoAccounts.buyer, home: "/pembeli" },
  { role: "partner", email: demoAccounts.partner, home: "/mitra" },
  { role: "staff", email: demoAccounts.staff, home: "/staf" },
  { role: "admin", email: demoAccounts.admin, home: "/admin" },
] as const;

type HeaderLayout = { wrapped: string[]; rowCentres: { text: string; centre: number }[]; rowHeight: number };

/** What the page lays out: texts broken over lines, and where the main row's items sit. */
function measureHeader(page: Page): Promise<HeaderLayout> {
  return page.evaluate(() => {
    const header = document.querySelector("header");
    if (!header) throw new Error("no header");
    const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
    const wrapped: string[] = [];
    for (const element of header.querySelectorAll("a, button, p, summary, span")) {
      if (!visible(element) || element.closest(".sr-only")) continue;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size > 1) wrapped.push(node.textContent.trim());
      }
    }
    const row = header.children[1] as HTMLElement;
    const nav = [...row.querySelectorAll("nav")].find(visible);
    const items = nav ? [...nav.querySelectorAll("li, p, button")].filter(visible) : [];
    const rowCentres = items.map((item) => {
      const rect = item.getBoundingClientRect();
      return { text: item.textContent?.trim() ?? "", centre: Math.round(rect.top + rect.height / 2) };
    });
    return { wrapped, rowCentres, rowHeight: Math.round(row.getBoundingClientRect().height) };
  });
}

for (const { role, email, home } of roles) {
  test(`the header does not wrap at 1024, 1280 and 1440 px for ${role}`, async ({ browser }) => {
    const page = email ? await signedInPage(browser, email) : await browser.newPage();
    await page.goto(home);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      const layout = await measureHeader(page);
      expect(layout.wrapped, `texts broken over two lines at ${width} px`).toEqual([]);
      expect(layout.rowCentres.length, `the main navigation shows at ${width} px`).toBeGreaterThan(2);
      const centres = layout.rowCentres.map((item) => item.centre);
      expect(Math.max(...centres) - Math.min(...centres), `one row at ${width} px: ${JSON.stringify(layout.rowCentres)}`).toBeLessThanOrEqual(4);
      // The logo, two lines of name and the 44 px targets: anything taller has wrapped.
      expect(layout.rowHeight, `header row height at ${width} px`).toBeLessThanOrEqual(72);
    }
    await expect(page.getByRole("banner").getByRole("link", { name: /^Temu Usaha Portal Temu Usaha Industri/ })).toBeVisible();
    await page.context().close();
  });
}
