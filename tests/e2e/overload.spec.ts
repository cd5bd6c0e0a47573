// An overloaded `npm start` sheds load with 503 + Retry-After and a short Indonesian page, never
// a 500, and serves 200 again by itself once the load drops. A real server process on its own
// embedded database, made small through the environment (two requests at once, a short wait in
// line), then far more catalog searches at once than it takes.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startServer, stop, waitForHealth } from "./support/spawned-server";

const port = Number(process.env.E2E_OVERLOAD_PORT ?? 3326);
const base = `http://127.0.0.1:${port}`;
const searches = ["batik", "batk tulis", "wingko", "kerajinan rotan", "bandeng presto", "lumpia", "tenun", "mebel jati"];

interface Answer {
  status: number;
  retryAfter: string | null;
  body: string;
}

async function get(url: string): Promise<Answer> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
  // Only a 503's page is read (the checks below): searches the front cache holds come back by the
  // thousand (lib/admission/front.ts), and keeping every 125 KB page would fill this process.
  if (response.status === 200) {
    await response.arrayBuffer();
    return { status: 200, retryAfter: response.headers.get("retry-after"), body: "" };
  }
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.text() };
}

/** The status of one request on a new connection (none of the load's keep-alive sockets). */
function statusOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, timeout: 30_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url}`)));
    request.on("error", reject);
  });
}

/** `connections` clients, each sending catalog searches one after another for `ms`. */
async function load(connections: number, ms: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let round = 0; Date.now() < until; round += 1) {
        const q = searches[(client + round) % searches.length]!;
        const answer = await get(`${base}/katalog?q=${encodeURIComponent(q)}&urut=${round % 2 === 0 ? "relevan" : "terbaru"}`);
        answers.push(answer);
        // A shed client comes back a little later, as a browser reloading the page would.
        if (answer.status === 503) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }),
  );
  return answers;
}

test.describe("overload", () => {
  test.describe.configure({ timeout: 300_000 });

  test("past its limit every answer is 200 or 503 with Retry-After and the Indonesian page, and 200 again after", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-overload-"));
    const server = startServer(dataDir, port, {
      env: { EMBEDDED_DEMO_DATA: "true", MAX_CONCURRENT_REQUESTS: "2", REQUEST_QUEUE_SIZE: "6", REQUEST_QUEUE_TIMEOUT_MS: "500" },
    });
    try {
      await waitForHealth(port, server);
      expect((await get(`${base}/katalog?q=batik`)).status).toBe(200); // warm

      const answers = await load(40, 8_000);
      const statuses = new Map<number, number>();
      for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      test.info().annotations.push({ type: "statuses", description: JSON.stringify(Object.fromEntries(statuses)) });

      expect([...statuses.keys()].filter((status) => status !== 200 && status !== 503)).toEqual([]);
      const shed = answers.filter((answer) => answer.status === 503);
      expect(shed.length).toBeGreaterThan(0);
      expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
      for (const answer of shed) {
        expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(answer.body).toContain("Layanan sedang sibuk / tidak tersedia");
        expect(answer.body).toContain("Coba lagi sebentar lagi");
        expect(answer.body).not.toMatch(/at .*\.(js|ts):\d+/);
      }

      // The load is gone: every page answers 200 again, without a restart.
      for (const q of searches) expect(await statusOnNewConnection(`${base}/katalog?q=${encodeURIComponent(q)}`)).toBe(200);
      expect(await statusOnNewConnection(`${base}/`)).toBe(200);
    } finally {
      await stop(server, "SIGTERM");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    expect(server.output()).not.toContain("Unable to start a transaction");
  });
});
