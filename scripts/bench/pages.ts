// npm run bench:pages [-- --runs 3 --pages /,/masuk --port 3291 --database-url <url>]
//
// 1. Needs a production build (.next/BUILD_ID; it builds nothing itself: run npm run build).
// 2. Prepares a PostgreSQL database (--database-url, else BENCH_DATABASE_URL, else
//    temu_bench_pages on the local server): migrations and demo data.
// 3. Starts `npm start` on --port and runs Lighthouse (the pinned devDependency: its CLI, whose
//    chrome-launcher starts CHROME_PATH = the e2e tests' CHROMIUM_PATH, default /usr/bin/chromium)
//    with its default mobile profile and throttling, --runs times per page, each in a fresh
//    browser. Signed-in pages get the next-auth session cookie through Lighthouse's extra headers.
// 4. Fetches each document itself for its raw and gzip size.
//
// Progress goes to stderr; the last line on stdout is one JSON object with the medians per page.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { DEMO_PASSWORD as demoPassword } from "../../lib/seed/demo-data/sourcing";
import { chromiumArgs, chromiumPath, missingChromiumMessage } from "../../tests/support/chromium";
import { ensureDatabase, runCommand } from "./database";
import { startProductionServer } from "./server";
import { signIn } from "./load-http";
import { documentBytes, figuresOf, type LighthouseResult, pageSummary, type RunFigures } from "./pages-report";

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    pages: { type: "string" },
    port: { type: "string", default: "3291" },
    "database-url": { type: "string" },
  },
});
const databaseUrl = options["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/temu_bench_pages";
const runs = Number(options.runs);
const port = Number(options.port);
const base = `http://127.0.0.1:${port}`;
const root = process.cwd();
// The e2e tests' browser (CHROMIUM_PATH, else Debian's /usr/bin/chromium) and flags, headless.
const chromeFlags = ["--headless=new", ...chromiumArgs];
const log = (message: string) => process.stderr.write(`[bench:pages] ${message}\n`);

type Account = "sme" | "staff";
const accounts: Record<Account, string> = { sme: "ikm@temu-usaha.test", staff: "staf@temu-usaha.test" };
/** The pages measured; `product` and `supplier` are found by following links from /katalog. */
const allPages: { name: string; path?: string; as?: Account }[] = [
  { name: "/", path: "/" },
  { name: "/katalog", path: "/katalog" },
  { name: "/katalog?q=batik", path: "/katalog?q=batik" },
  { name: "product" },
  { name: "supplier" },
  { name: "/acara", path: "/acara" },
  { name: "/masuk", path: "/masuk" },
  { name: "/daftar", path: "/daftar" },
  { name: "/ikm", path: "/ikm", as: "sme" },
  { name: "/staf/pencocokan", path: "/staf/pencocokan", as: "staff" },
];

async function prepareData(env: NodeJS.ProcessEnv) {
  await ensureDatabase(databaseUrl, log);
  await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "migrate"], env);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const users = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "User"`)).rows[0]?.n ?? 0);
    if (users === 0) await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "seed", "--demo"], env);
  } finally {
    await client.end();
  }
}

/** The first product and supplier links on /katalog, as a visitor finds them. */
async function findLinks(): Promise<{ product: string; supplier: string }> {
  const html = await (await fetch(`${base}/katalog`)).text();
  const first = (kind: string) => {
    const found = new RegExp(`href="(/katalog/${kind}/[a-z0-9-]+)"`).exec(html)?.[1];
    if (!found) throw new Error(`no /katalog/${kind}/ link on /katalog`);
    return found;
  };
  return { product: first("produk"), supplier: first("pemasok") };
}

function lighthouse(url: string, cookie: string | undefined): Promise<LighthouseResult> {
  const args = [
    path.join(root, "node_modules/lighthouse/cli/index.js"),
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    `--chrome-flags=${chromeFlags.join(" ")}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited with ${code}:\n${errors}`));
      try {
        resolve(JSON.parse(output) as LighthouseResult);
      } catch (error) {
        reject(new Error(`lighthouse ${url} printed no JSON report: ${String(error)}\n${errors}`));
      }
    });
  });
}

/** One Lighthouse run; tried again (twice at most) when Lighthouse fails, e.g. NO_NAVSTART on a busy machine. */
async function audit(url: string, cookie: string | undefined): Promise<RunFigures> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return figuresOf(await lighthouse(url, cookie));
    } catch (error) {
      if (attempt === 3) throw error;
      log(`${url}: ${String(error).split("\n").find((line) => /error/i.test(line)) ?? String(error)}; trying again`);
    }
  }
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log("no production build in .next: run `npm run build` first (bench:pages builds nothing itself)");
    process.exit(2);
  }
  const missingChromium = missingChromiumMessage();
  if (missingChromium) {
    log(missingChromium);
    process.exit(2);
  }
  const wanted = options.pages?.split(",").map((page) => page.trim()).filter(Boolean);
  const unknown = wanted?.filter((name) => !allPages.some((page) => page.name === name)) ?? [];
  if (unknown.length > 0 || !Number.isInteger(runs) || runs < 1) {
    log(`usage: --runs <n >= 1> --pages <comma list of: ${allPages.map((page) => page.name).join(", ")}> (unknown: ${unknown.join(", ") || "none"})`);
    process.exit(2);
  }
  const pages = allPages.filter((page) => !wanted || wanted.includes(page.name));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    APP_URL: base,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("hex"),
    EMBEDDED_DEMO_DATA: "",
  };
  await prepareData(env);
  const { server, errors: serverErrors } = await startProductionServer(base, env);
  try {
    const links = await findLinks();
    const cookies: Partial<Record<Account, string>> = {};
    for (const page of pages) if (page.as && !cookies[page.as]) cookies[page.as] = (await signIn(base, accounts[page.as], demoPassword)).header();
    const result: Record<string, ReturnType<typeof pageSummary> & { path: string }> = {};
    for (const page of pages) {
      const pagePath = page.path ?? links[page.name as "product" | "supplier"];
      const cookie = page.as ? cookies[page.as] : undefined;
      const response = await fetch(`${base}${pagePath}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}, not 200`);
      const document = documentBytes(await response.text());
      const figures: RunFigures[] = [];
      for (let run = 1; run <= runs; run += 1) {
        const found = await audit(`${base}${pagePath}`, cookie);
        log(`${page.name} (${pagePath}) run ${run}/${runs}: performance ${found.performance}, accessibility ${found.accessibility}, best practices ${found.best_practices}, SEO ${found.seo}, LCP ${Math.round(found.lcp_ms)} ms, TBT ${Math.round(found.tbt_ms)} ms, CLS ${found.cls.toFixed(3)}${found.failing.length > 0 ? `; failing: ${found.failing.join(", ")}` : ""}`);
        figures.push(found);
      }
      result[page.name] = { path: pagePath, ...pageSummary(figures, document) };
    }
    console.log(JSON.stringify({ runs, form_factor: "mobile", pages: result }));
  } catch (error) {
    if (server.exitCode !== null) log(`npm start exited with ${server.exitCode}:\n${serverErrors()}`);
    throw error;
  } finally {
    if (server.exitCode === null && server.pid) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
  }
}

await main();
