// `npm run bench:load` at a tiny size (issue 15: the benchmark is part of the project, so the
// suite smokes it): on a scratch PostgreSQL database beside E2E_DATABASE_URL's, with the
// production build the suite already made, 3 clients for 8 s. The last stdout line is its JSON;
// every answer is expected, and every acknowledged write of each kind is read back.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { dropDatabase } from "../support/drop-database";

const serverUrl = process.env.E2E_DATABASE_URL?.trim();
const port = Number(process.env.E2E_PORT ?? 3210) + 20;

test("bench:load runs its mix and reads back every acknowledged write", async () => {
  test.setTimeout(240_000);
  if (!serverUrl) throw new Error("bench-load-smoke.spec.ts needs PostgreSQL: run npm test with TEST_DATABASE_URL (or set E2E_DATABASE_URL)");
  const url = new URL(serverUrl);
  const name = `${url.pathname.slice(1)}_bench_load`;
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await dropDatabase(admin, name);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/bench/load.ts", "--smes", "40", "--duration", "8", "--connections", "3", "--anatomy-requests", "2", "--anatomy-stats-wait-ms", "200", "--port", String(port), "--database-url", url.toString()],
      { cwd: process.cwd(), env: process.env, maxBuffer: 16 * 1024 * 1024 },
    );
    const figures = JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, unknown> & { classes: Record<string, { n: number }>; writes_by_kind: Record<string, number> };
    test.info().annotations.push({ type: "bench:load (3 connections, 8 s)", description: stdout.trim().split("\n").at(-1)! });
    expect(figures).toMatchObject({ errors: 0, non2xx: 0, other_5xx: 0, retry_after_missing: 0, server_log_transaction_errors: 0 });
    expect(figures.enterprises).toBeGreaterThanOrEqual(40);
    expect(figures.classes.anonymous!.n).toBeGreaterThan(0);
    expect(figures.writes_acknowledged).toBeGreaterThan(0);
    expect(figures.writes_found).toBe(figures.writes_acknowledged);
    expect(Number(figures.ratio_anonymous_p50_to_floor)).toBeGreaterThan(0);
    const anatomy = figures.anatomy as { floor: { p50_ms: number }; shell: { p50_ms: number }; pages: { path: string; status: number; p50_ms: number; db_ms: number }[] };
    expect(anatomy.pages.map((row) => row.path)).toEqual(expect.arrayContaining(["/", "/katalog", "/acara", "/staf/dasbor", "/ikm/produk/baru"]));
    expect(anatomy.pages.filter((row) => row.status !== 200)).toEqual([]);
    for (const row of [anatomy.floor, anatomy.shell, ...anatomy.pages]) expect(row.p50_ms).toBeGreaterThan(0);
  } finally {
    await dropDatabase(admin, name);
    await admin.end();
  }
});
