// Signed-out catalog searches come from Next's full-route cache too (proxy.ts rewrites them to
// app/anonim/[locale]/katalog/cari/[key] under their canonical key, lib/public-cache/search-key.ts);
// signed-in visitors, long searches and deep pages stay dynamic. The cache lives in memory only,
// in one LRU bounded in bytes (PUBLIC_CACHE_MAX_MB): a second server started with a 1 MB budget
// shows that distinct searches push older ones out and that nothing is written to disk. Freshness
// after curation: public-cache.spec.ts ("publishing a product ...") checks a cached search too.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { demoAccounts, signedInPage } from "./support/accounts";
import { stop, waitForHealth, type SpawnedServer } from "./support/spawned-server";

/** The cache's answer once the page is in it (another spec's write may have expired it meanwhile). */
async function cachedSearch(request: APIRequestContext, url: string) {
  let response = await request.get(url);
  await expect
    .poll(async () => {
      response = await request.get(url);
      return [response.status(), response.headers()["x-nextjs-cache"]];
    }, { timeout: 15_000 })
    .toEqual([200, "HIT"]);
  return { response, html: await response.text() };
}

test("a signed-out search is served from the cache under its canonical key; signed in, long or deep it stays dynamic", async ({ request, browser }) => {
  const { response, html } = await cachedSearch(request, "/katalog?q=batik+tulis");
  expect(response.headers()["content-security-policy"]).not.toContain("nonce-");
  expect(html).toContain("Batik Tulis Motif Asem Arang");
  expect(html).toContain('value="batik tulis"');
  expect(html).toContain('href="/masuk"');

  // The same search spelt another way (spaces, default page, an unknown parameter) is the same entry.
  const same = await request.get("/katalog?utm_source=wa&q=%20batik%20%20tulis&page=1");
  expect(same.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await same.text()).toContain("Batik Tulis Motif Asem Arang");

  // Too long to cache, or past the cached pages: rendered for this request only.
  expect((await request.get(`/katalog?q=${"é".repeat(40)}`)).headers()["x-nextjs-cache"]).toBeUndefined();
  expect((await request.get("/katalog?q=batik&page=6")).headers()["x-nextjs-cache"]).toBeUndefined();
  // The twin cannot be asked for directly.
  expect((await request.get(`/anonim/id/katalog/cari/${Buffer.from("q=batik").toString("base64url")}`)).status()).toBe(404);

  const sme = await signedInPage(browser, demoAccounts.sme);
  const signedIn = await sme.goto("/katalog?q=batik+tulis");
  expect(signedIn?.headers()["x-nextjs-cache"]).toBeUndefined();
  await expect(sme.getByText(/^Masuk sebagai /).first()).toBeAttached();
  await expect(sme.getByRole("link", { name: "Batik Tulis Motif Asem Arang" }).first()).toBeVisible();
  await sme.context().close();
});

test("distinct searches push older ones out of a cache bounded in bytes, and none reaches the disk", async ({ request }) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-cache-bound-"));
  const anonymousOnDisk = path.join(process.cwd(), ".next", "server", "app", "anonim", "id", "katalog", "cari");
  // A port the system picks (printed by next start), so this server collides with no other.
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", "0"], {
    cwd: process.cwd(),
    detached: true,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", DATA_DIR: dataDir,
      EMBEDDED_DB_DIR: "", EMBEDDED_DEMO_DATA: "true", PUBLIC_CACHE_MAX_MB: "1", PORT: undefined, APP_URL: undefined },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const server: SpawnedServer = { child, output: () => output, exited: new Promise((resolve) => child.once("exit", resolve)) };
  try {
    await expect.poll(() => /http:\/\/[^\s:]+:(\d+)/.exec(output)?.[1], { timeout: 60_000 }).toBeDefined();
    const port = Number(/http:\/\/[^\s:]+:(\d+)/.exec(output)?.[1]);
    await waitForHealth(port, server);
    const base = `http://127.0.0.1:${port}`;
    const cache = async (q: string) => {
      const response = await request.get(`${base}/katalog?q=${encodeURIComponent(q)}`);
      expect(response.status()).toBe(200);
      return response.headers()["x-nextjs-cache"];
    };
    expect(await cache("batik")).toBe("MISS");
    expect(await cache("batik")).toBe("HIT");
    // A search page with its RSC payload takes well over 50 KB of the cache: 40 of them more than 1 MB.
    const words = ["kopi", "keripik", "bandeng", "tahu", "sambal", "kain", "gerabah", "jamu", "madu", "roti"];
    for (let index = 0; index < 40; index += 1) expect(await cache(`${words[index % words.length]} ${index}`)).toBe("MISS");
    expect(await cache("batik")).toBe("MISS");
    expect(await cache("batik")).toBe("HIT");
    expect(fs.existsSync(anonymousOnDisk) ? fs.readdirSync(anonymousOnDisk) : []).toEqual([]);
  } finally {
    await stop(server, "SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
