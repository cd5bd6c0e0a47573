// The browser for e2e tests: Debian's chromium (Playwright's own download cannot reach its host
// here). CHROMIUM_PATH overrides the default path.
import fs from "node:fs";

export const chromiumPath = (): string => process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";

export function missingChromiumMessage(): string | null {
  const path = chromiumPath();
  return fs.existsSync(path)
    ? null
    : `No Chromium at ${path}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
