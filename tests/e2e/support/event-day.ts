// Shared by the event-day specs (event-lifecycle, event-without-detours): a demo account signed
// in from its own client address, and today's date in WIB with a meeting session around the
// current hour that has already begun.
import { type Browser, type BrowserContextOptions, expect, type Page } from "@playwright/test";
import { demoPassword, signIn } from "./accounts";

export async function signedInFrom(browser: Browser, email: string, home: RegExp, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email, demoPassword);
  await expect(page).toHaveURL(home);
  return page;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** Today's date in WIB, and a meeting session around the current hour that has already begun. */
export function todayWib() {
  const wib = new Date(Date.now() + 7 * 3_600_000);
  const hour = wib.getUTCHours();
  const from = Math.max(hour - 1, 0);
  const until = Math.min(hour + 2, 23);
  return { day: wib.toISOString().slice(0, 10), yesterday: new Date(wib.getTime() - 86_400_000).toISOString().slice(0, 10), from: `${pad(from)}:00`, until: `${pad(until)}:40` };
}
