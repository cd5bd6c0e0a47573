// npm run bench:load [-- --smes 20000 --duration 60 --connections 50 --port 3290 --database-url <url>
//                        --anatomy-requests 20 | --skip-anatomy]
//
// 1. Needs a production build (.next/BUILD_ID; it builds nothing itself: run npm run build).
// 2. Prepares a PostgreSQL database (--database-url, else BENCH_DATABASE_URL, else temu_bench_load
//    on the local server): migrations, demo data, and the scale generator's --smes SMEs (reused
//    when already there).
// 3. Starts `npm start` on it (and the queue worker, `npm run jobs:work`, beside it), measures
//    the floor (p50 of /api/health on the quiet server), then runs --connections clients for --duration seconds, each picking its next step from the mix:
//    70% anonymous (home, catalog with varied and misspelled searches and filters, product,
//    supplier, sentra and event pages), 10% an SME adding a product or saving its profile's
//    business step (half each), 10% a buyer sending an inquiry, 10% staff opening the matches
//    board and the dashboard. Writes post the server-rendered forms as a browser without
//    JavaScript does. Profile saves of the one demo SME go one at a time (one owner, one
//    profile), each with a brand name of its own.
//    Before the load, where a page's time goes (scripts/bench/load-anatomy.ts): each sample page
//    one request at a time, against the framework floor and the shared shell, with PostgreSQL's
//    own execution time per request.
// 4. Reads every acknowledged write back from the database: each product and inquiry by its id;
//    each profile save by its audit entry (written in the save's transaction) since the run
//    started, and the last acknowledged brand name must be the profile's (live, or held for
//    curation when the profile is published).
//
// Progress goes to stderr; the last line on stdout is one JSON object with the figures.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { DEMO_PASSWORD as demoPassword } from "../../lib/seed/demo-data/sourcing";
import { ensureDatabase, runCommand } from "./database";
import { startProductionServer } from "./server";
import { measureAnatomy } from "./load-anatomy";
import { type CookieJar, formFields, postForm, round, signIn, summary } from "./load-http";

const { values: options } = parseArgs({
  options: {
    smes: { type: "string", default: "20000" },
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3290" },
    "database-url": { type: "string" },
    "skip-anatomy": { type: "boolean", default: false },
    "anatomy-requests": { type: "string", default: "20" },
    "anatomy-stats-wait-ms": { type: "string", default: "11000" },
  },
});
const databaseUrl = options["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/temu_bench_load";
const smes = Number(options.smes);
const duration = Number(options.duration);
const connections = Number(options.connections);
const port = Number(options.port);
const base = `http://127.0.0.1:${port}`;
const log = (message: string) => process.stderr.write(`[bench:load] ${message}\n`);
const root = process.cwd();

type TrafficClass = "anonymous" | "sme" | "buyer" | "staff";
const mix: [TrafficClass, number][] = [["anonymous", 0.7], ["sme", 0.1], ["buyer", 0.1], ["staff", 0.1]];
const searches = ["batik", "batk tulis", "wingko babat", "wingko babad", "lumpia", "lunpia semarang", "bandeng presto", "bandeng prestp", "kerajinan rotan", "rotn", "tenun", "mebel jati", "meubel", "keripik tempe", "kripik", "kopi", "sambal", "tas kulit", "sepatu", "gerabah"];
// Filters that never leave a search past its last page (a page number would: that is a 404).
const filters = ["skala=MIKRO", "skala=KECIL", "sertifikat=HALAL", "sertifikat=PIRT", "kesiapan=SIAP_EKSPOR", "urut=harga-terendah", "urut=terbaru"];

async function prepareData(env: NodeJS.ProcessEnv) {
  await ensureDatabase(databaseUrl, log);
  await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "migrate"], env);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (table: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n ?? 0);
    if ((await count("User")) === 0) await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "seed", "--demo"], env);
    if ((await count("Enterprise")) < smes) {
      log(`seeding ${smes} synthetic SMEs`);
      await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "seed", "--scale", String(smes)], env);
      await client.query("VACUUM ANALYZE");
    }
    return { enterprises: await count("Enterprise"), products: await count("Product") };
  } finally {
    await client.end();
  }
}

/** Links of the public pages to browse, found as a visitor finds them; the last page of each filter. */
async function harvest(): Promise<{ links: string[]; lastPages: Map<string, number> }> {
  const pages = ["/katalog", "/katalog?page=2", "/katalog?q=batik", "/katalog/pemasok", "/acara"];
  const found = new Set<string>();
  for (const page of pages) {
    const html = await (await fetch(`${base}${page}`)).text();
    for (const match of html.matchAll(/href="(\/(?:katalog\/(?:produk|pemasok|sentra)|acara)\/[a-z0-9-]+)"/g)) found.add(match[1]!);
  }
  // A page number past the last page is a 404: browse only the pages each filter has.
  const lastPages = new Map<string, number>();
  for (const filter of filters) {
    const html = await (await fetch(`${base}/katalog?${filter}`)).text();
    lastPages.set(filter, Math.max(1, ...[...html.matchAll(/[?&;]page=(\d+)/g)].map((match) => Number(match[1]))));
  }
  return { links: [...found], lastPages };
}

interface Run {
  times: Record<TrafficClass, number[]>;
  statuses: Map<number, number>;
  errors: number;
  non2xx: number;
  retryAfterMissing: number;
  acknowledged: { products: string[]; inquiries: string[]; profiles: string[] };
  profileSaving: boolean;
  non2xxSamples: string[];
  refused: number;
}

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

function anonymousUrl(links: string[], lastPages: Map<string, number>): string {
  const roll = Math.random();
  if (roll < 0.1) return "/";
  if (roll < 0.45) return `/katalog?q=${encodeURIComponent(pick(searches))}${Math.random() < 0.3 ? `&${pick(filters)}` : ""}`;
  if (roll < 0.55) {
    const filter = pick(filters);
    return `/katalog?${filter}&page=${1 + Math.floor(Math.random() * Math.min(3, lastPages.get(filter) ?? 1))}`;
  }
  return links.length > 0 ? pick(links) : "/katalog";
}

async function drive(run: Run, sessions: Record<"sme" | "buyer" | "staff", CookieJar>, browse: { links: string[]; lastPages: Map<string, number> }, productSlugs: string[], until: number) {
  const request = async (kind: TrafficClass, url: string, init: RequestInit = {}) => {
    const started = performance.now();
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(120_000), ...init });
      const text = await response.text();
      run.times[kind].push(performance.now() - started);
      run.statuses.set(response.status, (run.statuses.get(response.status) ?? 0) + 1);
      if (response.status < 200 || response.status > 299) {
        run.non2xx += 1;
        if (run.non2xxSamples.length < 5) run.non2xxSamples.push(`${response.status} ${url.replace(base, "")}`);
      }
      if (response.status === 503 && !response.headers.get("retry-after")) run.retryAfterMissing += 1;
      return { response, text };
    } catch {
      run.errors += 1;
      return null;
    }
  };
  while (Date.now() < until) {
    const roll = Math.random();
    let sum = 0;
    const kind = mix.find(([, weight]) => (sum += weight) > roll)?.[0] ?? "anonymous";
    const token = `bench-${randomBytes(6).toString("hex")}`;
    if (kind === "anonymous") await request(kind, `${base}${anonymousUrl(browse.links, browse.lastPages)}`);
    else if (kind === "staff") await request(kind, `${base}${pick(["/staf/dasbor", "/staf/pencocokan"])}`, { headers: { cookie: sessions.staff.header() } });
    else if (kind === "sme" && !run.profileSaving && Math.random() < 0.5) {
      run.profileSaving = true;
      try {
        await saveProfile(run, request, sessions.sme, token);
      } finally {
        run.profileSaving = false;
      }
    } else if (kind === "sme") {
      const page = await request(kind, `${base}/ikm/produk/baru`, { headers: { cookie: sessions.sme.header() } });
      if (page?.response.status !== 200) continue;
      const fields = formFields(page.text, 'name="nameId"');
      for (const [name, value] of Object.entries({ nameId: `Produk ${token}`, descriptionId: `Produk uji beban ${token}, dibuat oleh bench:load.`, unit: "pcs", minOrder: "10", monthlyCapacity: "500", leadTimeDays: "7", priceMin: "15000", priceMax: "25000" })) fields.set(name, value);
      const started = performance.now();
      const answer = await postForm(`${base}/ikm/produk/baru`, base, sessions.sme, fields).catch(() => null);
      record(run, kind, started, answer, /\/ikm\/produk\/([a-z0-9]+)\?baru=1/, run.acknowledged.products);
    } else {
      if (productSlugs.length === 0) continue;
      const page = await request(kind, `${base}/pembeli/pertanyaan/baru?produk=${pick(productSlugs)}`, { headers: { cookie: sessions.buyer.header() } });
      if (page?.response.status !== 200) continue;
      const fields = formFields(page.text, 'name="subject"');
      fields.set("subject", `Pertanyaan ${token}`);
      fields.set("body", `Apakah bisa memesan 100 buah? (${token})`);
      const started = performance.now();
      const answer = await postForm(`${base}${new URL(page.response.url).pathname}${new URL(page.response.url).search}`, base, sessions.buyer, fields).catch(() => null);
      record(run, kind, started, answer, /\/pembeli\/pertanyaan\/([a-z0-9]+)\?baru=1/, run.acknowledged.inquiries);
    }
  }
}

type Fetcher = (kind: TrafficClass, url: string, init?: RequestInit) => Promise<{ response: Response; text: string } | null>;

/** The SME saves step 1 of its profile (identity and size) with a brand name of its own. */
async function saveProfile(run: Run, request: Fetcher, jar: CookieJar, token: string) {
  const page = await request("sme", `${base}/ikm/profil?langkah=1`, { headers: { cookie: jar.header() } });
  if (page?.response.status !== 200) return;
  const fields = formFields(page.text, 'name="legalName"');
  fields.set("brandName", `Merek ${token}`);
  const started = performance.now();
  const answer = await postForm(`${base}/ikm/profil?langkah=1`, base, jar, fields).catch(() => null);
  const before = run.acknowledged.profiles.length;
  record(run, "sme", started, answer, /\/ikm\/profil\?langkah=(2)/, run.acknowledged.profiles);
  if (run.acknowledged.profiles.length > before) run.acknowledged.profiles[before] = token;
}

function record(run: Run, kind: TrafficClass, started: number, answer: Response | null, ack: RegExp, ids: string[]) {
  if (!answer) {
    run.errors += 1;
    return;
  }
  void answer.arrayBuffer().catch(() => undefined);
  run.times[kind].push(performance.now() - started);
  run.statuses.set(answer.status, (run.statuses.get(answer.status) ?? 0) + 1);
  const id = answer.status === 303 ? ack.exec(answer.headers.get("location") ?? "")?.[1] : undefined;
  if (id) ids.push(id);
  else if (answer.status === 200) run.refused += 1; // the form again, with a message: not acknowledged
  else {
    run.non2xx += 1;
    if (run.non2xxSamples.length < 5) run.non2xxSamples.push(`${answer.status} ${kind} form post -> ${answer.headers.get("location") ?? ""}`);
    if (answer.status === 503 && !answer.headers.get("retry-after")) run.retryAfterMissing += 1;
  }
}

/**
 * Acknowledged profile saves that are in the database: as many as the audit entries of business
 * steps saved by the demo SME since the run started (at most the acknowledged ones), but none at
 * all unless the last acknowledged brand name is the profile's, live or held for curation.
 */
async function foundProfileSaves(client: pg.Client, tokens: string[], since: Date): Promise<number> {
  if (tokens.length === 0) return 0;
  const audits = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId"
     WHERE u.email = 'ikm@temu-usaha.test' AND a.action = 'enterprise.update-profile' AND a.data->>'step' = 'business' AND a."createdAt" >= $1`,
    [since],
  );
  const last = `Merek ${tokens.at(-1)}`;
  const current = await client.query<{ live: string | null; held: string | null }>(
    `SELECT e."brandName" AS live, p.fields->>'brandName' AS held FROM "Enterprise" e JOIN "User" u ON u.id = e."ownerId"
     LEFT JOIN "EnterprisePendingChange" p ON p."enterpriseId" = e.id WHERE u.email = 'ikm@temu-usaha.test'`,
  );
  const row = current.rows[0];
  const lastPresent = row !== undefined && (row.held ?? row.live) === last;
  return lastPresent ? Math.min(tokens.length, Number(audits.rows[0]?.n ?? 0)) : 0;
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("bench:load needs a production build: run npm run build first.");
    process.exit(1);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    APP_URL: base,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("hex"),
    EMBEDDED_DEMO_DATA: "",
    // The queue worker runs beside the server, as "How it scales" deploys it on PostgreSQL: its
    // polling then never keeps one of the server's pooled connections from going idle, which the
    // anatomy's database figures need (a busy backend reports its statistics late).
    JOBS_IN_PROCESS: "false",
  };
  const data = await prepareData(env);
  log(`database: ${data.enterprises} enterprises, ${data.products} products`);
  const { server, errors: serverErrors } = await startProductionServer(base, env);
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/jobs/worker.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    const floorTimes: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const started = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      floorTimes.push(performance.now() - started);
    }
    const floor = summary(floorTimes);
    const browse = await harvest();
    const links = browse.links;
    const productSlugs = links.filter((link) => link.startsWith("/katalog/produk/")).map((link) => link.split("/").pop()!);
    const sessions = {
      sme: await signIn(base, "ikm@temu-usaha.test", demoPassword),
      buyer: await signIn(base, "pembeli@temu-usaha.test", demoPassword),
      staff: await signIn(base, "staf@temu-usaha.test", demoPassword),
    };
    const samplePage = (prefix: string) => links.find((link) => link.startsWith(prefix));
    const anonymousPaths = ["/", "/katalog", "/katalog?q=batk+tulis", "/katalog?skala=MIKRO", samplePage("/katalog/produk/"), samplePage("/katalog/pemasok/"), "/acara"];
    const anatomyPaths = [
      ...anonymousPaths.filter((path): path is string => Boolean(path)).map((path) => ({ path })),
      // The signed-in pages of the mix (dynamic for everyone): what staff, SMEs and buyers open.
      { path: "/staf/dasbor", as: "staff", cookie: sessions.staff.header() },
      { path: "/staf/pencocokan", as: "staff", cookie: sessions.staff.header() },
      { path: "/ikm/produk/baru", as: "sme", cookie: sessions.sme.header() },
      { path: "/ikm/profil?langkah=1", as: "sme", cookie: sessions.sme.header() },
      ...(productSlugs[0] ? [{ path: `/pembeli/pertanyaan/baru?produk=${productSlugs[0]}`, as: "buyer", cookie: sessions.buyer.header() }] : []),
    ];
    const anatomy = options["skip-anatomy"] ? null : await measureAnatomy(base, databaseUrl, anatomyPaths, Number(options["anatomy-requests"]), Number(options["anatomy-stats-wait-ms"]));
    if (anatomy) log(`anatomy (one request at a time): ${JSON.stringify(anatomy)}`);
    log(`floor (quiet /api/health p50) ${floor.p50} ms; ${links.length} public links; load: ${connections} connections for ${duration} s`);
    const run: Run = { times: { anonymous: [], sme: [], buyer: [], staff: [] }, statuses: new Map(), errors: 0, non2xx: 0, retryAfterMissing: 0, acknowledged: { products: [], inquiries: [], profiles: [] }, profileSaving: false, non2xxSamples: [], refused: 0 };
    const started = Date.now();
    const startedAt = new Date(started - 1000);
    await Promise.all(Array.from({ length: connections }, () => drive(run, sessions, browse, productSlugs, started + duration * 1000)));
    const elapsed = (Date.now() - started) / 1000;

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const found = async (table: string, column: string, ids: string[]) =>
      ids.length === 0 ? 0 : Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE id = ANY($1) AND "${column}" LIKE '%bench-%'`, [ids])).rows[0]?.n ?? 0);
    const profilesFound = await foundProfileSaves(client, run.acknowledged.profiles, startedAt);
    const writesFound = (await found("Product", "nameId", run.acknowledged.products)) + (await found("Inquiry", "subject", run.acknowledged.inquiries)) + profilesFound;
    await client.end();

    const classes = Object.fromEntries(Object.entries(run.times).map(([kind, times]) => [kind, summary(times)]));
    const requests = Object.values(run.times).reduce((total, times) => total + times.length, 0);
    const anonymous = summary(run.times.anonymous);
    const statusCounts = Object.fromEntries([...run.statuses].sort(([a], [b]) => a - b));
    const other5xx = [...run.statuses].filter(([status]) => status >= 500 && status !== 503).reduce((total, [, n]) => total + n, 0);
    const serverLog = serverErrors();
    console.log(
      JSON.stringify({
        ratio_anonymous_p50_to_floor: round(anonymous.p50 / Math.max(floor.p50, 0.1)),
        ratio_anonymous_p95_to_floor: round(anonymous.p95 / Math.max(floor.p50, 0.1)),
        floor_ms: floor.p50,
        connections,
        duration_s: duration,
        enterprises: data.enterprises,
        rps: round(requests / elapsed),
        requests,
        classes,
        errors: run.errors,
        non2xx: run.non2xx,
        non2xx_samples: run.non2xxSamples,
        status_counts: statusCounts,
        other_5xx: other5xx,
        retry_after_missing: run.retryAfterMissing,
        writes_acknowledged: run.acknowledged.products.length + run.acknowledged.inquiries.length + run.acknowledged.profiles.length,
        writes_found: writesFound,
        writes_by_kind: { products: run.acknowledged.products.length, inquiries: run.acknowledged.inquiries.length, profile_saves: run.acknowledged.profiles.length },
        writes_refused: run.refused,
        anatomy,
        server_log_transaction_errors: (serverLog.match(/Unable to start a transaction/g) ?? []).length,
      }),
    );
  } finally {
    worker.kill("SIGTERM");
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

await main();
