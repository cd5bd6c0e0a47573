// npm run bench:consortium [-- --smes 20000 --requests 2000 --pooled-share 0.2 --runs 3 --seed 1 --database-url <url>]
//
// 1. Prepares a PostgreSQL database (default temu_bench_consortium on the local server, or
//    --database-url / BENCH_DATABASE_URL; its own, since its requests differ from bench:matching's):
//    creates it if missing, applies migrations, and seeds --smes enterprises and --requests
//    sourcing requests with the scale generator, --pooled-share of them asking for more than any
//    single IKM of their trade can make (reused when the counts, seed and share are the same: the
//    last two are kept as the comment of the SourcingRequest table, which a reset clears).
// 2. Runs the city-wide consortium run (lib/matching/consortium-run.ts) --runs times, from
//    database load to stored consortia, each time after removing the previous run's undecided
//    proposals so every run stores them all again; reports the median, then one re-run over the
//    stored proposals (rerun_ms: nothing to change).
// 3. Exactness: for up to 200 demands that need a pool, on each product line's 16 largest
//    candidates, checks that the optimiser equals brute force (every subset of 2 to 5).
//
// Progress goes to stderr; the last line on stdout is one JSON object with the figures.
// Run with the react-server condition (the npm script does) so server-only modules load.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { backendsCpuMs, isLocalDatabase, processCpuMs } from "./backend-cpu";
import { ensureDatabase, runCommand } from "./database";
import { median } from "./figures";

const { values: options } = parseArgs({
  options: {
    smes: { type: "string", default: "20000" },
    requests: { type: "string", default: "2000" },
    "pooled-share": { type: "string", default: "0.2" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    "database-url": { type: "string" },
  },
});

const databaseUrl = options["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/temu_bench_consortium";
const smes = Number(options.smes);
const requests = Number(options.requests);
const runs = Number(options.runs);
const pooledShare = Number(options["pooled-share"]);
const log = (message: string) => process.stderr.write(`[bench:consortium] ${message}\n`);

async function prepareData(env: NodeJS.ProcessEnv): Promise<{ enterprises: number; sourcingRequests: number }> {
  await ensureDatabase(databaseUrl, log);
  await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "migrate"], env);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (table: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n ?? 0);
    const [enterprises, sourcingRequests] = [await count("Enterprise"), await count("SourcingRequest")];
    const marker = `bench:consortium seed=${options.seed} pooled-share=${pooledShare}`;
    const found = (await client.query<{ comment: string | null }>(`SELECT obj_description('"SourcingRequest"'::regclass, 'pg_class') AS comment`)).rows[0]?.comment;
    if (enterprises === smes && sourcingRequests === requests && found === marker) {
      log(`reusing ${enterprises} SMEs and ${sourcingRequests} sourcing requests`);
      return { enterprises, sourcingRequests };
    }
    log(`seeding ${smes} SMEs and ${requests} sourcing requests, pooled share ${pooledShare} (found ${enterprises} and ${sourcingRequests})`);
    await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "reset", "--force"], env);
    await runCommand(
      process.execPath,
      ["--import", "tsx", "scripts/db/cli.ts", "seed", "--scale", String(smes), "--requests", String(requests), "--seed", options.seed, "--pooled-share", String(pooledShare)],
      env,
    );
    await client.query(`COMMENT ON TABLE "SourcingRequest" IS '${marker}'`);
    await client.query("ANALYZE");
    return { enterprises: await count("Enterprise"), sourcingRequests: await count("SourcingRequest") };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  if (![smes, requests, runs].every((value) => Number.isInteger(value) && value > 0)) throw new Error("--smes, --requests and --runs need positive whole numbers");
  if (!(pooledShare >= 0 && pooledShare <= 1)) throw new Error("--pooled-share needs a number between 0 and 1");
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const data = await prepareData(env);
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/db");
  const { loadPlaces, runConsortia } = await import("@/lib/matching/consortium-run");
  const { loadDemands, loadHistory, loadSuppliers } = await import("@/lib/matching/load");
  const { createConsortiumEngine } = await import("@/lib/matching/engine/consortium");
  const { bruteForceConsortia, optimiseConsortia } = await import("@/lib/matching/engine/consortium-optimise");
  const { defaultWeights } = await import("@/lib/matching/engine/weights");

  const validOn = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const runOptions = { eventId: null, validOn, officeCity: "Semarang" };
  const times: number[] = [];
  const parts = { load: [] as number[], propose: [] as number[], store: [] as number[] };
  let report: Awaited<ReturnType<typeof runConsortia>> | undefined;
  const load = loadavg().map((value) => Math.round(value * 100) / 100);
  // CPU time beside wall time (as bench:matching): this process, and PostgreSQL's backends when
  // the server runs here; far less at the mercy of other jobs on a shared machine.
  const cpu = { node: [] as number[], pg: [] as number[] };
  const local = isLocalDatabase(databaseUrl);
  const observer = new pg.Client({ connectionString: databaseUrl });
  await observer.connect();
  for (let run = 1; run <= runs; run += 1) {
    await db.consortium.deleteMany({ where: { eventId: null, status: "PROPOSED", edited: false, buyerResponse: "PENDING", members: { every: { response: "PENDING" } } } });
    await db.$executeRawUnsafe('VACUUM "Consortium", "ConsortiumMember"');
    const pgBefore = await backendsCpuMs(observer, local);
    const nodeBefore = process.cpuUsage();
    const started = performance.now();
    report = await runConsortia(runOptions);
    const ms = performance.now() - started;
    times.push(ms);
    cpu.node.push(processCpuMs(nodeBefore));
    const pgAfter = await backendsCpuMs(observer, local);
    if (pgBefore !== null && pgAfter !== null) cpu.pg.push(pgAfter - pgBefore);
    parts.load.push(report.loadMs);
    parts.propose.push(report.proposeMs);
    parts.store.push(report.storeMs);
    log(
      `run ${run}: ${Math.round(ms)} ms (load ${report.loadMs}, propose ${report.proposeMs}, store ${report.storeMs}); ${report.suppliers} suppliers, ` +
        `${report.demands} demands, ${report.demandsNeedingPool} need a pool, ${report.demandsPooled} pooled, ${report.created} consortia stored`,
    );
  }
  await observer.end();
  const rerunStarted = performance.now();
  const rerun = await runConsortia(runOptions);
  const rerunMs = performance.now() - rerunStarted;
  log(`re-run over stored consortia: ${Math.round(rerunMs)} ms; ${rerun.created} created, ${rerun.updated} updated, ${rerun.removed} removed`);

  log("exactness: optimiser against brute force on each line's 16 largest candidates, up to 200 demands that need a pool");
  const scope = { eventId: null, today: validOn };
  const [suppliers, demands, history, places] = await Promise.all([loadSuppliers(db, scope), loadDemands(db, scope), loadHistory(db), loadPlaces(db, null)]);
  const context = { validOn, officeCity: "Semarang", weights: defaultWeights, historyPolicy: "penalise" as const };
  const engine = createConsortiumEngine(suppliers, context, places, history);
  let checked = 0;
  let withConsortia = 0;
  let agrees = true;
  for (const demand of demands) {
    if (checked >= 200) break;
    const lines = engine.candidates(demand);
    if (lines.length === 0) continue;
    checked += 1;
    for (const line of lines) {
      const subset = [...line.candidates].sort((a, b) => b.capacity - a.capacity || (a.id < b.id ? -1 : 1)).slice(0, 16);
      const fast = optimiseConsortia(subset, line.quantity).map((choice) => `${choice.key}:${choice.value}`);
      const reference = bruteForceConsortia(subset, line.quantity).map((choice) => `${choice.key}:${choice.value}`);
      if (reference.length > 0) withConsortia += 1;
      if (JSON.stringify(fast) !== JSON.stringify(reference)) {
        agrees = false;
        log(`disagreement on ${demand.requestId ?? demand.buyerId} (${line.productLine}): ${JSON.stringify(fast)} vs ${JSON.stringify(reference)}`);
      }
    }
  }
  log(`checked ${checked} demands, ${withConsortia} product lines with consortia`);
  await db.$disconnect();

  process.stdout.write(
    `${JSON.stringify({
      smes: data.enterprises,
      requests: data.sourcingRequests,
      demands_needing_pool: report!.demandsNeedingPool,
      demands_pooled: report!.demandsPooled,
      consortia_stored: report!.created,
      end_to_end_ms: Math.round(median(times)),
      exact_agrees: agrees && checked > 0,
      demands: report!.demands,
      load_ms: median(parts.load),
      propose_ms: median(parts.propose),
      store_ms: median(parts.store),
      rerun_ms: Math.round(rerunMs),
      exact_checked: checked,
      exact_lines_with_consortia: withConsortia,
      node_cpu_ms: Math.round(median(cpu.node)),
      pg_cpu_ms: cpu.pg.length === runs ? Math.round(median(cpu.pg)) : null,
      loadavg: load,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
