// `npm start` as an operator meets it, on real processes and a real data directory:
// - with no environment set, an empty embedded database gets no demo accounts, and the first
//   admin is created from the one-time link the server prints;
// - SIGTERM stops the server cleanly: requests finish, PGlite is closed, the lock is released,
//   and after a restart the data is there;
// - SIGKILL in the middle of a burst of writes loses no write that a client saw acknowledged.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { hiddenFields, signIn } from "./support/form-post";
import { startServer, stop, waitForHealth } from "./support/spawned-server";
import { demoPassword } from "./support/accounts";

const demoEmails = ["admin@temu-usaha.test", "staf@temu-usaha.test", "ikm@temu-usaha.test", "pembeli@temu-usaha.test", "mitra@temu-usaha.test"];
const lockFile = (dataDir: string) => path.join(dataDir, "pglite", "temu-usaha.lock");

/** Invites a staff member through /admin/undang as a signed-in admin; true when the answer confirms it. */
async function invite(request: APIRequestContext, base: string, fields: Record<string, string>, email: string): Promise<boolean> {
  const response = await request
    .post(`${base}/admin/undang`, {
      headers: { origin: base },
      multipart: { ...fields, email, name: `Staf ${email.split("@")[0]}`, role: "STAFF", locale: "id" },
      timeout: 30_000,
    })
    .catch(() => null);
  return response?.status() === 200 && (await response.text().catch(() => "")).includes(`Undangan terkirim ke ${email}`);
}

/** The process that started Next (the parent of `next-server`) in the process group `group`. */
function launcherPid(group: number): number {
  const rows = execFileSync("ps", ["-o", "pid=,ppid=,args=", "-g", String(group)], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null);
  const next = rows.find((row) => row[3]!.startsWith("next-server"));
  if (!next) throw new Error(`no next-server in group ${group}:\n${rows.map((row) => row[0]).join("\n")}`);
  return Number(next[2]);
}

async function storedEmails(dataDir: string, prefix: string): Promise<Set<string>> {
  const pglite = new PGlite(path.join(dataDir, "pglite"));
  try {
    const stored = await pglite.query<{ email: string }>(`SELECT email FROM "User" WHERE email LIKE $1`, [`${prefix}%`]);
    return new Set(stored.rows.map((row) => row.email));
  } finally {
    await pglite.close();
  }
}

test.describe("npm start on an empty data directory", () => {
  test.describe.configure({ timeout: 420_000 });

  test("no demo account signs in, the printed link creates the first admin, and SIGTERM closes the database cleanly", async ({ page }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-production-"));
    const port = 3322;
    const base = `http://127.0.0.1:${port}`;
    // No environment beyond where to listen and store: EMBEDDED_DEMO_DATA and NODE_ENV unset.
    const first = startServer(dataDir, port, { env: { EMBEDDED_DEMO_DATA: undefined, NODE_ENV: undefined } });
    let setupLink = "";
    try {
      await waitForHealth(port, first);
      expect(first.output()).toContain("Seeded reference data");
      expect(first.output()).not.toContain("Seeded demo data.");
      expect(first.output()).not.toContain("Demo accounts");
      setupLink = /http:\/\/127\.0\.0\.1:3322\/pasang-admin\?token=[A-Za-z0-9_-]+/.exec(first.output())?.[0] ?? "";
      expect(setupLink).not.toBe("");

      for (const email of demoEmails) expect(await signIn(page.request, base, email, demoPassword), email).toBe(false);

      await page.goto(setupLink);
      await page.getByLabel("Nama lengkap").fill("Dewi Lestari");
      await page.getByLabel("Email").fill("dewi.lestari@disperin.test");
      await page.getByLabel("Kata sandi", { exact: true }).fill("Kota-Lama-Semarang-2026");
      await page.getByLabel("Ulangi kata sandi").fill("Kota-Lama-Semarang-2026");
      await page.getByRole("button", { name: "Buat akun administrator" }).click();
      await expect(page.getByText("Akun administrator sudah dibuat")).toBeVisible();
      expect(await signIn(page.request, base, "dewi.lestari@disperin.test", "Kota-Lama-Semarang-2026")).toBe(true);

      // Writes still in flight when SIGTERM arrives are finished and answered before the close.
      const fields = hiddenFields(await (await page.request.get(`${base}/admin/undang`)).text(), 'name="role"');
      const emails = Array.from({ length: 4 }, (_, index) => `sigterm-${index}@contoh.test`);
      const answers = Promise.all(emails.map((email) => invite(page.request, base, fields, email)));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await stop(first, "SIGTERM")).toBe(0);
      expect(await answers).toEqual(emails.map(() => true));
      test.info().annotations.push({ type: "in flight at SIGTERM", description: /finishing (\d+) in flight/.exec(first.output())?.[1] ?? "?" });
    } finally {
      await stop(first, "SIGTERM");
    }
    expect(first.output()).toContain("SIGTERM: no new requests");
    expect(first.output()).toContain("Embedded database closed cleanly");
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);

    const again = startServer(dataDir, port, { env: { EMBEDDED_DEMO_DATA: undefined, NODE_ENV: undefined } });
    try {
      await waitForHealth(port, again);
      expect(again.output()).not.toContain("Applied migrations:");
      expect(again.output()).not.toContain("/pasang-admin");
      await page.context().clearCookies();
      expect(await signIn(page.request, base, "dewi.lestari@disperin.test", "Kota-Lama-Semarang-2026")).toBe(true);
      await page.goto(setupLink);
      await expect(page.getByText("Administrator sudah ada")).toBeVisible();
    } finally {
      await stop(again, "SIGTERM");
    }
    expect(again.output()).toContain("Embedded database closed cleanly");
    try {
      expect([...(await storedEmails(dataDir, "sigterm-"))].sort()).toEqual(Array.from({ length: 4 }, (_, index) => `sigterm-${index}@contoh.test`));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("with EMBEDDED_DEMO_DATA=true the demo admin signs in; SIGKILL during a burst of writes keeps every acknowledged one", async ({ page }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-sigkill-"));
    const port = 3323;
    const base = `http://127.0.0.1:${port}`;
    const server = startServer(dataDir, port, { env: { EMBEDDED_DEMO_DATA: "true", NODE_ENV: undefined } });
    const acknowledged: string[] = [];
    try {
      await waitForHealth(port, server);
      expect(server.output()).toContain("Seeded demo data.");
      expect(await signIn(page.request, base, "admin@temu-usaha.test", demoPassword)).toBe(true);

      // Invitations through the admin's form, posted as a browser without JavaScript would.
      const fields = hiddenFields(await (await page.request.get(`${base}/admin/undang`)).text(), 'name="role"');
      let next = 0;
      const worker = async () => {
        while (next < 400) {
          const email = `burst-${next++}@contoh.test`;
          if (await invite(page.request, base, fields, email)) acknowledged.push(email);
        }
      };
      const burst = Promise.all(Array.from({ length: 6 }, worker));
      await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(8);
      await stop(server, "SIGKILL");
      await burst;
    } finally {
      await stop(server, "SIGKILL");
    }
    expect(server.output()).not.toContain("Embedded database closed cleanly");
    expect(acknowledged.length).toBeGreaterThanOrEqual(8);

    // The lock of the killed server is stale and taken over; the database opens and serves.
    const restarted = startServer(dataDir, port, { env: { EMBEDDED_DEMO_DATA: "true", NODE_ENV: undefined } });
    try {
      await waitForHealth(port, restarted);
      expect(restarted.output()).not.toContain("Seeded demo data.");
    } finally {
      await stop(restarted, "SIGTERM");
    }
    expect(restarted.output()).toContain("Embedded database closed cleanly");

    test.info().annotations.push({ type: "acknowledged before SIGKILL", description: String(acknowledged.length) });
    try {
      const stored = await storedEmails(dataDir, "burst-");
      expect(acknowledged.filter((email) => !stored.has(email))).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("SIGTERM to npm while the launcher is slow to answer (a loaded machine) still closes the database cleanly", async () => {
    // Found in CI: tsx's command-line runner put a relay between npm and the launcher that
    // SIGKILLs the launcher when it does not acknowledge a signal within 30 ms, orphaning Next
    // with the database open. Freezing the launcher for 300 ms is that loaded machine, every time.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-npm-slow-"));
    const port = 3325;
    const server = startServer(dataDir, port, { command: ["npm", "start"], env: { EMBEDDED_DEMO_DATA: undefined, NODE_ENV: undefined } });
    try {
      await waitForHealth(port, server);
      const launcher = launcherPid(server.child.pid!);
      process.kill(launcher, "SIGSTOP");
      process.kill(server.child.pid!, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
      try {
        process.kill(launcher, "SIGCONT");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
      }
      const code = await Promise.race([server.exited, new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 30_000))]);
      expect(code, server.output()).not.toBe("still running");
      await expect.poll(() => server.output(), { timeout: 15_000 }).toContain("Embedded database closed cleanly");
      await expect.poll(() => fs.existsSync(lockFile(dataDir)), { timeout: 15_000 }).toBe(false);
    } finally {
      try {
        process.kill(-server.child.pid!, "SIGKILL");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("SIGTERM to npm alone, as `docker stop` sends it to npm as PID 1, still closes the database cleanly", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-npm-term-"));
    const port = 3324;
    const server = startServer(dataDir, port, { command: ["npm", "start"], env: { EMBEDDED_DEMO_DATA: undefined, NODE_ENV: undefined } });
    try {
      await waitForHealth(port, server);
      // Only npm's own process, not its group: npm passes the signal to the script it runs.
      process.kill(server.child.pid!, "SIGTERM");
      const code = await Promise.race([server.exited, new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 30_000))]);
      // npm ends by the signal it was sent (no exit code); what matters is how the server went.
      expect(code, server.output()).not.toBe("still running");
      await expect.poll(() => server.output(), { timeout: 15_000 }).toContain("Embedded database closed cleanly");
      await expect.poll(() => fs.existsSync(lockFile(dataDir)), { timeout: 15_000 }).toBe(false);
    } finally {
      // The whole group, even once npm has exited: a server it left behind must not outlive the test.
      try {
        process.kill(-server.child.pid!, "SIGKILL");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
