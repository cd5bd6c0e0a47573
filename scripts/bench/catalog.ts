// npm run bench:catalog [-- --products 100000 --duration 20 --connections 50 --port 3290 --database-url <url> --skip-http]
//
// Each figure comes with a floor measured in the same run, and the ratios come first: db_ratio
// (search p95 / primary-key lookup p95) and ratio (search page req/s / bare route req/s).
//
// 1. Prepares a PostgreSQL database (default temu_bench on the local server, or --database-url /
//    BENCH_DATABASE_URL): creates it if missing, applies migrations, and seeds synthetic data with
//    the scale generator until it holds --products products (reused when already there).
// 2. Times the catalog search at the database layer (lib/catalog/search.ts searchCatalogIds:
//    matching, ranking, total and every facet count, never cached) over the fixed 200 queries of
//    scripts/bench/catalog-queries.ts, typos included: p50 and p95. Interleaved with them, its
//    floor: a primary-key lookup of a public product (lib/catalog/public-product-id.ts, same
//    client and connection settings) over 200 products: db_floor_p95_ms.
// 3. Starts `next start` on its own port against that database (building first when .next is
//    missing). Each of the 200 searches is first asked for once, four at a time, as a signed-out
//    visitor: its first render (search_first_render_rps, _p95_ms), after which it is served from
//    the cache (README "Cached public pages"). Then autocannon, --connections for --duration
//    seconds each: the catalog search page rotating through the same 200 queries (signed out,
//    so the steady state of repeated searches); the floor, a bare dynamic route
//    handler doing one primary-key query (GET /api/katalog/produk/<id>, over the same 200
//    products); a product page (one lookup by its unique slug); and a static file.
//
// Progress goes to stderr; the last line on stdout is one JSON object with the figures.
// Run with the react-server condition (the npm script does) so server-only modules load.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { benchQueries } from "./catalog-queries";
import { ensureDatabase, runCommand } from "./database";
import { percentile, ratio, round } from "./figures";

const { values: options } = parseArgs({
  options: {
    products: { type: "string", default: "100000" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3290" },
    "database-url": { type: "string" },
    "skip-http": { type: "boolean", default: false },
  },
});

const databaseUrl = options["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/temu_bench";
const targetProducts = Number(options.products);
const duration = Number(options.duration);
const connections = Number(options.connections);
const port = Number(options.port);
/** The one route Next prerenders at build time (○ in the build output): every page reads the locale per request. */
const staticPath = "/icon.svg";
const log = (message: string) => process.stderr.write(`[bench:catalog] ${message}\n`);
const root = process.cwd();

async function prepareData(env: NodeJS.ProcessEnv): Promise<number> {
  await ensureDatabase(databaseUrl, log);
  await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "migrate"], env);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async () => Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "Product"')).rows[0]?.n ?? 0);
    let products = await count();
    if (products < targetProducts) {
      // The generator makes 3.125 products per SME on average; it is deterministic and skips
      // what exists, so a larger run only adds the missing rows.
      const smes = Math.ceil((targetProducts * 1.02) / 3.125);
      log(`seeding ${smes} synthetic SMEs (${products} products present, ${targetProducts} wanted)`);
      await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "seed", "--scale", String(smes), "--requests", "0"], env);
      await client.query("VACUUM ANALYZE");
      products = await count();
    }
    return products;
  } finally {
    await client.end();
  }
}

/** The search over every query, each followed by its floor (a primary-key lookup), so noise hits both alike. */
async function timeDatabase(queries: string[], productIds: string[]): Promise<{ p50: number; p95: number; floorP95: number }> {
  const { parseCatalogFilters } = await import("../../lib/catalog/filters");
  const { searchCatalogIds } = await import("../../lib/catalog/search");
  const { publicProductId } = await import("../../lib/catalog/public-product-id");
  const lookup = async (id: string) => {
    if ((await publicProductId(id)) !== id) throw new Error(`product ${id} is not public`);
  };
  for (const q of queries) await searchCatalogIds(parseCatalogFilters({ q })); // warm the caches
  for (const id of productIds) await lookup(id);
  const times: number[] = [];
  const floorTimes: number[] = [];
  for (const [index, q] of queries.entries()) {
    const started = performance.now();
    await searchCatalogIds(parseCatalogFilters({ q }));
    times.push(performance.now() - started);
    const floorStarted = performance.now();
    await lookup(productIds[index % productIds.length]!);
    floorTimes.push(performance.now() - floorStarted);
  }
  times.sort((a, b) => a - b);
  floorTimes.sort((a, b) => a - b);
  return { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)), floorP95: round(percentile(floorTimes, 0.95)) };
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log("no production build: running next build");
    await runCommand(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], env);
  }
  log(`starting next start on port ${port}`);
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
    cwd: root, env, stdio: ["ignore", "ignore", process.stderr],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  server.kill();
  throw new Error("next start did not answer /api/health within 60 s");
}

async function load(title: string, paths: string[], seconds = duration): Promise<{ rps: number; p95: number; errors: number }> {
  let next = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? "/" }) }],
  };
  // autocannon's summary has p90 and p97.5 but no p95: keep every response time instead.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, summary) => (error ? reject(error) : resolve(summary)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 0.95);
  const errors = result.errors + result.timeouts + result.non2xx;
  log(`${title}: ${round(result.requests.average)} req/s, p95 ${round(p95)} ms, ${errors} errors or non-2xx`);
  return { rps: round(result.requests.average), p95: round(p95), errors };
}

/** Each path once, four at a time: how fast the pages render when none is cached. */
async function visitOnce(paths: string[]): Promise<{ rps: number; p95: number }> {
  const started = performance.now();
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < paths.length; index = next++) {
      const requested = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}${paths[index]}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${paths[index]} answered ${response.status}`);
      times.push(performance.now() - requested);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  times.sort((a, b) => a - b);
  return { rps: round((paths.length * 1000) / (performance.now() - started)), p95: round(percentile(times, 0.95)) };
}

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port), APP_URL: `http://127.0.0.1:${port}`, NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("hex"),
  };
  process.env.DATABASE_URL = databaseUrl;
  const products = await prepareData(env);
  log(`${products} products in ${new URL(databaseUrl).pathname.slice(1)}`);
  const queries = benchQueries();
  const { closeDb, db } = await import("../../lib/db");
  // 200 public products spread over the whole key range, for the floor's lookups.
  const visible = await db.product.findMany({ where: { catalogVisible: true }, orderBy: { id: "asc" }, select: { id: true, slug: true } });
  const floorProducts = visible.filter((_, index) => index % Math.max(1, Math.floor(visible.length / queries.length)) === 0).slice(0, queries.length);
  const pageProduct = floorProducts[0];
  if (!pageProduct) throw new Error("no published product for the floor");
  const dbTimes = await timeDatabase(queries, floorProducts.map((product) => product.id));
  await closeDb();
  const dbRatio = ratio(dbTimes.p95, dbTimes.floorP95);
  log(`database layer over ${queries.length} queries: p50 ${dbTimes.p50} ms, p95 ${dbTimes.p95} ms; primary-key floor p95 ${dbTimes.floorP95} ms; db_ratio ${dbRatio}`);

  const figures: Record<string, number> = { db_ratio: dbRatio };
  const database = { products, db_p50_ms: dbTimes.p50, db_p95_ms: dbTimes.p95, db_floor_p95_ms: dbTimes.floorP95 };
  if (options["skip-http"]) Object.assign(figures, database);
  else {
    const server = await startServer(env);
    try {
      const searchPaths = queries.map((q) => `/katalog?q=${encodeURIComponent(q)}`);
      const floorPaths = floorProducts.map((product) => `/api/katalog/produk/${product.id}`);
      const productPath = `/katalog/produk/${pageProduct.slug}`;
      // Every search once (a signed-out visitor's search is rendered once, then served from the
      // cache under its canonical key until the catalog changes: README "Cached public pages"),
      // so the timed runs measure the steady state of a site whose searches repeat.
      const firstRenders = await visitOnce(searchPaths);
      log(`first render of the ${searchPaths.length} searches: ${firstRenders.rps} searches/s, p95 ${firstRenders.p95} ms`);
      await load("warm-up", [...searchPaths.slice(0, 20), ...floorPaths.slice(0, 20), productPath, staticPath], 5);
      const search = await load("search /katalog?q=...", searchPaths);
      const floor = await load("floor /api/katalog/produk/<id>", floorPaths);
      const product = await load(`product page ${productPath}`, [productPath]);
      const staticFile = await load(`static ${staticPath}`, [staticPath]);
      Object.assign(figures, { ratio: ratio(search.rps, floor.rps) }, database, {
        search_rps: search.rps, search_p95_ms: search.p95, search_first_render_rps: firstRenders.rps,
        search_first_render_p95_ms: firstRenders.p95, floor_rps: floor.rps, floor_p95_ms: floor.p95,
        product_rps: product.rps, static_rps: staticFile.rps,
      });
    } finally {
      server.kill("SIGTERM");
    }
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
