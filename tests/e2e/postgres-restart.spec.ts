// PostgreSQL restarts under a running production server in the middle of load (issue 15,
// faults), on a scratch cluster of the spec's own (the shared server is never restarted).
// Background readers browse the public pages and a background writer keeps sending invitations
// the whole time. An invitation acknowledged before the outage is there afterwards; one sent
// during the outage gets a clear "coba lagi" message, not a 500 or a stack trace; no answer of
// the background traffic is a 5xx other than a 503 with Retry-After; every write it saw
// acknowledged is in the database afterwards; once the database is back, the same server
// answers 200 again within 5 s, without a restart.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "../../scripts/bench/load-http";
import { demoPassword, submitSignIn, uniqueEmail } from "./support/accounts";
import { startBackgroundLoad } from "./support/background-load";
import { createScratchPostgres } from "./support/scratch-postgres";
import { startServer, stop, waitForHealth } from "./support/spawned-server";

const e2ePort = Number(process.env.E2E_PORT ?? 3210);
// Beside the run's own server, and a database port derived from it, so parallel runs do not meet.
const port = e2ePort + 1;
const postgresPort = 5400 + (e2ePort % 100);
const base = `http://127.0.0.1:${port}`;

function databaseCli(url: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`db ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

async function sendInvitation(page: Page, email: string) {
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Nama", { exact: true }).fill("Staf Gangguan");
  const answer = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/admin/undang"));
  await page.getByRole("button", { name: "Kirim undangan" }).click();
  return answer;
}

async function invitedEmails(url: string, emails: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ email: string }>(`SELECT email FROM "User" WHERE email = ANY($1::text[]) ORDER BY email`, [emails]);
    return result.rows.map((row) => row.email);
  } finally {
    await client.end();
  }
}

test.describe("PostgreSQL restarts while the server runs", () => {
  test.describe.configure({ timeout: 300_000 });

  test("keeps acknowledged writes, says 'coba lagi' during the outage, and answers 200 within 5 s after", async ({ page }) => {
    const database = createScratchPostgres(postgresPort);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-pg-restart-"));
    try {
      databaseCli(database.url, "migrate");
      databaseCli(database.url, "seed", "--demo");
      const server = startServer(dataDir, port, { env: { DATABASE_URL: database.url } });
      try {
        await waitForHealth(port, server);
        await page.goto(`${base}/masuk`);
        await submitSignIn(page, "admin@temu-usaha.test");
        await expect(page).toHaveURL(/\/admin$/);
        await page.goto(`${base}/admin/undang`);
        const load = startBackgroundLoad(base, await signIn(base, "admin@temu-usaha.test", demoPassword), { readers: 6, writers: 2 });
        let loadStopped = false;
        const stopLoad = async () => {
          if (!loadStopped) await load.stop();
          loadStopped = true;
        };
        try {
          await expect.poll(() => load.acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(0);

          const before = uniqueEmail("sebelum-restart");
          expect((await sendInvitation(page, before)).status()).toBe(200);
          await expect(page.getByRole("status").filter({ hasText: `Undangan terkirim ke ${before}.` })).toBeVisible();

          database.stop();
          const during = uniqueEmail("saat-restart");
          const answer = await sendInvitation(page, during);
          expect(answer.status()).not.toBe(500);
          // Under load the form may be posted before the page is hydrated, as a browser without
          // JavaScript posts it: the answer is then the document itself.
          const answered = await answer.text().catch(() => page.content());
          expect(answered).not.toMatch(/\n\s+at \S+ \(?\S+:\d+:\d+\)?/);
          await expect(page.getByText(/coba lagi/i).first()).toBeVisible();
          await expect(page.getByText(`Undangan terkirim ke ${during}.`)).toHaveCount(0);
          // Pages answer 503 with Retry-After and the short Indonesian page (lib/admission), and the
          // health check names the database.
          const catalog = await page.request.get(`${base}/katalog`, { maxRedirects: 0 });
          expect(catalog.status()).toBe(503);
          expect(Number(catalog.headers()["retry-after"])).toBeGreaterThan(0);
          expect(await catalog.text()).toContain("Layanan sedang sibuk / tidak tersedia");
          const health = await page.request.get(`${base}/api/health`);
          expect(health.status()).toBe(503);
          expect(await health.json()).toMatchObject({ db: "unreachable" });

          database.start();
          const back = Date.now();
          const healthy = async () => {
            const answers = await Promise.all(["/api/health", "/", "/katalog", "/admin/undang"].map((route) => page.request.get(`${base}${route}`, { maxRedirects: 0 }).then((response) => response.status())));
            return answers.every((status) => status === 200);
          };
          await expect.poll(healthy, { timeout: 5_000, intervals: [100] }).toBe(true);
          test.info().annotations.push({ type: "200 again after the database came back (ms)", description: String(Date.now() - back) });

          // The server was never restarted: the same process answers.
          expect(server.child.exitCode).toBeNull();
          expect(await invitedEmails(database.url, [before])).toEqual([before]);
          await page.goto(`${base}/admin/undang`);
          const after = uniqueEmail("setelah-restart");
          expect((await sendInvitation(page, after)).status()).toBe(200);
          await expect(page.getByRole("status").filter({ hasText: `Undangan terkirim ke ${after}.` })).toBeVisible();
          expect(await invitedEmails(database.url, [before, after])).toEqual([before, after].sort());

          await stopLoad();
          test.info().annotations.push({ type: "background answers by status", description: JSON.stringify(Object.fromEntries(load.statuses)) });
          test.info().annotations.push({ type: "background writes acknowledged / refused with 'coba lagi'", description: `${load.acknowledged.length} / ${load.refusedWithRetry}` });
          expect(load.unexpected).toEqual([]);
          expect(load.networkErrors).toBe(0);
          expect(load.statuses.get(503) ?? 0).toBeGreaterThan(0);
          const acknowledged = [...load.acknowledged].sort();
          expect(await invitedEmails(database.url, acknowledged)).toEqual(acknowledged);
        } finally {
          await stopLoad();
        }
      } finally {
        await stop(server, "SIGTERM");
      }
    } finally {
      database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
