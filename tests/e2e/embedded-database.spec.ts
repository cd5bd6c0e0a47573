// The embedded default database as an operator meets it: `npm start` with no DATABASE_URL on a
// fresh directory migrates and seeds; a second server on the same directory refuses while the
// first keeps serving; after a restart the data is there and nothing is applied or seeded twice.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startServer as spawnServer, stop, waitForHealth } from "./support/spawned-server";

// The suite's first boot expects demo data, which `npm start` seeds only when asked.
const startServer = (dataDir: string, port: number, command?: string[]) => spawnServer(dataDir, port, { command, env: { EMBEDDED_DEMO_DATA: "true" } });

test.describe("embedded default database", () => {
  test.describe.configure({ timeout: 300_000 });

  test("boots on a fresh directory, refuses a second server on it, keeps its data across restarts", async ({ page }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-embedded-"));
    const first = startServer(dataDir, 3231);
    try {
      const readyMs = await waitForHealth(3231, first);
      test.info().annotations.push({ type: "first boot to healthy", description: `${readyMs} ms` });
      expect(first.output()).toContain("Applied migrations:");
      expect(first.output()).toContain("Seeded demo data.");
      expect(first.output()).toContain("admin@temu-usaha.test");
      expect(first.output()).toContain("http://127.0.0.1:3231");

      // A second `npm start` on the same directory: refused before Next starts.
      const second = startServer(dataDir, 3232);
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/The embedded database at .* is in use by process \d+/);

      // Bypassing the start script: the server process itself refuses at boot.
      const direct = startServer(dataDir, 3233, ["node", "node_modules/next/dist/bin/next", "start", "--port", "3233"]);
      expect(await direct.exited).not.toBe(0);
      expect(direct.output()).toMatch(/Temu Usaha cannot start: The embedded database at .* is in use by process \d+/);

      // The first server still serves, reads and writes.
      await page.goto("http://127.0.0.1:3231/");
      await expect(page.getByText("Temu Usaha Industri Triwulan IV 2026").first()).toBeVisible();
      const health = await (await fetch("http://127.0.0.1:3231/api/health")).json();
      expect(health).toEqual({ status: "ok", db: "ok", migrations: "up-to-date" });
    } finally {
      await stop(first);
    }

    // Restart on the same directory: nothing migrated or seeded again, the data is there.
    const again = startServer(dataDir, 3231);
    try {
      await waitForHealth(3231, again);
      expect(again.output()).not.toContain("Applied migrations:");
      expect(again.output()).not.toContain("Seeded demo data.");
      expect(again.output()).toContain("Database ready");
      await page.goto("http://127.0.0.1:3231/");
      await expect(page.getByText("Temu Usaha Industri Triwulan IV 2026").first()).toBeVisible();
    } finally {
      await stop(again);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
