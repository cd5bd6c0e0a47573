// Staff and admin pages carry the staff desk's navigation beside their content
// (components/staff-desk/staff-desk.tsx), so a link a page offers (the staff home's task cards,
// the admin page's "Log audit") may be in the desk too. Specs that follow the page's own link
// narrow their locator with this.
import type { Locator, Page } from "@playwright/test";

/** Any element that is not inside the staff desk's navigation: combine with `locator.and()`. */
export function outsideDeskNav(page: Page): Locator {
  return page.locator(':not(nav[aria-label="Navigasi meja kerja"] *)');
}
