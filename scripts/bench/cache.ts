// bench:cache — how close a cached anonymous product page comes to a static file, in one run on
// one running production server (`npm start`; README "Cached public pages"): autocannon with
// --connections for --duration seconds against the product page (as a signed-out visitor, so the
// front cache answers it in front of Next, lib/admission/front.ts, or else proxy.ts serves its
// cached twin), then against two static files: one of about the page's size
// (the build's own /_next/static asset referenced by the page whose size is nearest the page's)
// and /icon.svg (1 KB, prerendered at build). All are warmed first and must answer 200 without
// errors. Progress goes to stderr; the last stdout line is
// {"ratio","ratio_small_file","cached_rps","static_rps","small_file_rps",...,"cached_bytes",
// "static_bytes","static_path","path","front_cache"}: ratio = cached_rps / static_rps against the file of the
// page's size (target >= 0.8: serving the cached page costs about what serving a file of the
// same bytes does), ratio_small_file = cached_rps / small_file_rps.
//
//   npm run bench:cache -- --base http://127.0.0.1:3333 [--path /katalog/produk/<slug>]
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values: options } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    path: { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
  },
});

const base = options.base.replace(/\/$/, "");
const smallFilePath = "/icon.svg";
const log = (message: string) => process.stderr.write(`[bench:cache] ${message}\n`);
const round = (value: number) => Math.round(value * 10) / 10;

/** The first product linked from the catalog, unless --path names one. */
async function productPath(): Promise<string> {
  if (options.path) return options.path;
  const html = await (await fetch(`${base}/katalog`)).text();
  const found = /href="(\/katalog\/produk\/[a-z0-9-]+)"/.exec(html)?.[1];
  if (!found) throw new Error(`no product link on ${base}/katalog: seed demo data first (npm run db:seed -- --demo)`);
  return found;
}

/**
 * Fills the caches and checks that the page answers 200; returns its size and cache states (Next's
 * x-nextjs-cache, and whether the front cache answered: x-front-cache).
 */
async function warm(path: string, untilFront = false): Promise<{ bytes: number; cache: string; front: boolean }> {
  let last = { bytes: 0, cache: "", front: false };
  // The page: until the front cache answers (Next answers STALE while it renders an expired twin).
  for (let attempt = 0; attempt < (untilFront ? 30 : 3); attempt += 1) {
    if (untilFront && last.front) break;
    if (attempt >= 3) await new Promise((resolve) => setTimeout(resolve, 100));
    const response = await fetch(`${base}${path}`);
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    last = { bytes: body.byteLength, cache: response.headers.get("x-nextjs-cache") ?? "none", front: response.headers.get("x-front-cache") === "HIT" };
  }
  return last;
}

/**
 * The static asset of the build (scripts and style sheets the page itself loads, served from
 * .next/static) whose size is nearest the page's document.
 */
async function sameSizeFile(pagePath: string, pageBytes: number): Promise<{ path: string; bytes: number }> {
  const html = await (await fetch(`${base}${pagePath}`)).text();
  const assets = [...new Set([...html.matchAll(/"(\/_next\/static\/[^"?]+\.(?:js|css))"/g)].map((match) => match[1]!))];
  let best: { path: string; bytes: number } | null = null;
  for (const path of assets) {
    const { bytes } = await warm(path);
    if (!best || Math.abs(bytes - pageBytes) < Math.abs(best.bytes - pageBytes)) best = { path, bytes };
  }
  if (!best) throw new Error(`${pagePath} references no /_next/static asset`);
  return best;
}

async function load(path: string): Promise<{ rps: number; p97_5: number }> {
  const result = await autocannon({ url: `${base}${path}`, connections: Number(options.connections), duration: Number(options.duration) });
  const errors = result.errors + result.timeouts + result.non2xx;
  if (errors > 0) throw new Error(`${path}: ${errors} errors, timeouts or non-2xx answers`);
  const rps = round(result.requests.average);
  // autocannon reports p97.5 and p99 but no p95; p97.5 is the nearest above it.
  const p95 = round(result.latency.p97_5);
  log(`${path}: ${rps} req/s, p97.5 ${p95} ms`);
  return { rps, p97_5: p95 };
}

async function main() {
  const path = await productPath();
  const page = await warm(path, true);
  if (page.cache !== "HIT") log(`warning: ${path} answered x-nextjs-cache: ${page.cache}, not HIT (is it the cached twin?)`);
  if (!page.front) log(`warning: ${path} was not answered by the front cache (x-front-cache)`);
  const sameSize = await sameSizeFile(path, page.bytes);
  await warm(smallFilePath);
  log(`${path}: ${page.bytes} bytes; static file ${sameSize.path}: ${sameSize.bytes} bytes; ${options.connections} connections, ${options.duration} s each`);
  const cached = await load(path);
  const file = await load(sameSize.path);
  const small = await load(smallFilePath);
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const summary = {
    ratio: ratio(cached.rps, file.rps),
    ratio_small_file: ratio(cached.rps, small.rps),
    cached_rps: cached.rps,
    static_rps: file.rps,
    small_file_rps: small.rps,
    cached_p97_5_ms: cached.p97_5,
    static_p97_5_ms: file.p97_5,
    small_file_p97_5_ms: small.p97_5,
    cached_bytes: page.bytes,
    static_bytes: sameSize.bytes,
    static_path: sameSize.path,
    path,
    front_cache: page.front,
  };
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(`[bench:cache] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
