// e2e tests drive Debian's Chromium against a production build (`npm start`).
// Database: E2E_DATABASE_URL (prepared by scripts/test.ts: migrated, demo data seeded), or a
// fresh embedded database in a temporary directory, which the server seeds at boot
// (EMBEDDED_DEMO_DATA=true: `npm start` seeds demo data only when told to).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath, missingChromiumMessage } from "./tests/support/chromium";

const missing = missingChromiumMessage();
if (missing) throw new Error(missing);

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.E2E_DATABASE_URL?.trim();
// Fixed per run by the parent process so the workers and the web server agree.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "temu-e2e-"));
const dataDir = process.env.E2E_DATA_DIR;

const ownEventSpecs = ["**/event-day-live.spec.ts", "**/consortium-meeting.spec.ts", "**/representatives.spec.ts"];

export default defineConfig({
  testDir: "tests/e2e",
  // Two servers on one database need a PostgreSQL server (the embedded database belongs to one
  // process), and bench:load runs on PostgreSQL: without E2E_DATABASE_URL those specs are left
  // out, and `npm test` says so.
  testIgnore: databaseUrl ? [] : ["**/two-servers.spec.ts", "**/bench-load-smoke.spec.ts"],
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [
    { name: "desktop", testIgnore: ownEventSpecs, use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } },
    // These specs publish an event of their own that begins before the demo data's next event (the
    // live event day needs one running today), so it becomes the home page's next event and the
    // staff desk's running event: they run after every other spec, not beside them.
    { name: "own-events", testMatch: ownEventSpecs, dependencies: ["desktop"], use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: "npm start",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      APP_URL: baseURL,
      DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      // The suite signs in with the demo accounts; a production start seeds them only when asked.
      EMBEDDED_DEMO_DATA: "true",
      // The browser plays a reverse proxy on 127.0.0.1: specs set X-Forwarded-For to sign in
      // from addresses of their own. Any other peer (client-address.spec.ts) is not believed.
      TRUSTED_PROXIES: "127.0.0.1,::1",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "", EMBEDDED_DB_DIR: path.join(dataDir, "pglite") }),
    },
  },
});
