// npm run bench:matching [-- --smes 20000 --requests 2000 --runs 5 --seed 1 --database-url <url>]
//
// 1. Prepares a PostgreSQL database (default temu_bench_matching on the local server, or
//    --database-url / BENCH_DATABASE_URL): creates it if missing, applies migrations, and seeds
//    --smes enterprises and --requests open sourcing requests with the scale generator (reused when
//    the counts are already there; a different size starts from an empty database).
// 2. Runs the city-wide batch --runs times, from database load to stored top 20 per demand
//    (lib/matching/run.ts), each time after removing the previous run's undecided suggestions (and
//    vacuuming the table) so every run stores them all again; reports the median. Then times one
//    re-run over the stored suggestions (rerun_ms: the upsert path, nothing to change).
//    In the same run, after each engine run, times its floor (scripts/bench/matching-floor.ts):
//    one plain query per table for the same inputs, plus COPY of the rows the run wrote into an
//    unindexed temporary table; prints ratio = end_to_end_ms / floor_ms (median over median).
//    Also the CPU time of each (this process, and PostgreSQL's backends when the server runs on
//    this machine) and cpu_ratio = (run node + PostgreSQL CPU) / (floor node + PostgreSQL CPU),
//    far less at the mercy of other jobs on a shared machine than the wall-clock ratio.
// 3. Checks on a subset of 2,000 suppliers x 200 requests that the blocked batch equals an
//    exhaustive brute force (every pair through scorePair).
//
// Progress goes to stderr; the last line on stdout is one JSON object with the figures.
// Run with the react-server condition (the npm script does) so server-only modules load.
import { parseArgs } from "node:util";
import pg from "pg";
import { backendsCpuMs, isLocalDatabase, processCpuMs } from "./backend-cpu";
import { ensureDatabase, runCommand } from "./database";
import { median, ratio } from "./figures";
import { openMatchingFloor, type MatchingFloor } from "./matching-floor";

const { values: options } = parseArgs({
  options: {
    smes: { type: "string", default: "20000" },
    requests: { type: "string", default: "2000" },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
    "database-url": { type: "string" },
  },
});

const databaseUrl = options["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/temu_bench_matching";
const smes = Number(options.smes);
const requests = Number(options.requests);
const runs = Number(options.runs);
const log = (message: string) => process.stderr.write(`[bench:matching] ${message}\n`);

/** The SMEs and sourcing requests in the database once it is ready. */
async function prepareData(env: NodeJS.ProcessEnv): Promise<{ enterprises: number; sourcingRequests: number }> {
  await ensureDatabase(databaseUrl, log);
  await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "migrate"], env);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (table: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n ?? 0);
    const [enterprises, sourcingRequests] = [await count("Enterprise"), await count("SourcingRequest")];
    if (enterprises === smes && sourcingRequests === requests) {
      log(`reusing ${enterprises} SMEs and ${sourcingRequests} sourcing requests`);
      return { enterprises, sourcingRequests };
    }
    log(`seeding ${smes} SMEs and ${requests} sourcing requests (found ${enterprises} and ${sourcingRequests})`);
    await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "reset"], env);
    await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "seed", "--scale", String(smes), "--requests", String(requests), "--seed", options.seed], env);
    // Statistics as autovacuum would soon gather them; without, the first run's plans are blind.
    await client.query("ANALYZE");
    return { enterprises: await count("Enterprise"), sourcingRequests: await count("SourcingRequest") };
  } finally {
    await client.end();
  }
}

/** Medians of the CPU times; PostgreSQL's (and so the CPU ratio) null when they could not be read. */
function cpuFigures(cpu: { run: number[]; runPg: number[]; floor: number[]; floorPg: number[] }) {
  const readable = cpu.runPg.length === cpu.run.length && cpu.floorPg.length === cpu.floor.length;
  const [run, runPg, floor, floorPg] = [median(cpu.run), median(cpu.runPg), median(cpu.floor), median(cpu.floorPg)];
  return {
    cpu_ratio: readable ? ratio(run + runPg, floor + floorPg) : null,
    run_node_cpu_ms: Math.round(run),
    run_pg_cpu_ms: readable ? Math.round(runPg) : null,
    floor_node_cpu_ms: Math.round(floor),
    floor_pg_cpu_ms: readable ? Math.round(floorPg) : null,
  };
}

async function main(): Promise<void> {
  if (![smes, requests, runs].every((value) => Number.isInteger(value) && value > 0)) throw new Error("--smes, --requests and --runs need positive whole numbers");
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const data = await prepareData(env);
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/db");
  const { runMatching } = await import("@/lib/matching/run");
  const { loadDemands, loadSuppliers } = await import("@/lib/matching/load");
  const { bruteForceTopK, generateSuggestions } = await import("@/lib/matching/engine/batch");
  const { defaultWeights } = await import("@/lib/matching/engine/weights");

  const validOn = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const runOptions = { eventId: null, validOn, officeCity: "Semarang" };
  const times: number[] = [];
  const parts = { load: [] as number[], score: [] as number[], store: [] as number[] };
  const floors = { read: [] as number[], copy: [] as number[], total: [] as number[] };
  let floor: MatchingFloor | undefined;
  // CPU time beside wall time (scripts/bench/backend-cpu.ts): this process, and PostgreSQL's
  // backends when the server runs here; the wall clock of a shared machine measures the others.
  const cpu = { run: [] as number[], runPg: [] as number[], floor: [] as number[], floorPg: [] as number[] };
  const local = isLocalDatabase(databaseUrl);
  const observer = new pg.Client({ connectionString: databaseUrl });
  await observer.connect();
  let report: Awaited<ReturnType<typeof runMatching>> | undefined;
  for (let run = 1; run <= runs; run += 1) {
    await db.match.deleteMany({ where: { eventId: null, status: "SUGGESTED", pinned: false, manual: false, smeResponse: "PENDING", buyerResponse: "PENDING" } });
    // The benchmark's own churn (every run deletes and rewrites tens of thousands of rows) would
    // otherwise pile up dead index entries that a real deployment's autovacuum clears.
    await db.$executeRawUnsafe('VACUUM "Match"');
    const pgBefore = await backendsCpuMs(observer, local);
    const nodeBefore = process.cpuUsage();
    const started = performance.now();
    report = await runMatching(runOptions);
    const ms = performance.now() - started;
    times.push(ms);
    const runNodeCpu = processCpuMs(nodeBefore);
    const runPgCpu = await backendsCpuMs(observer, local);
    cpu.run.push(runNodeCpu);
    if (pgBefore !== null && runPgCpu !== null) cpu.runPg.push(runPgCpu - pgBefore);
    parts.load.push(report.loadMs);
    parts.score.push(report.scoreMs);
    parts.store.push(report.storeMs);
    log(
      `run ${run}: ${Math.round(ms)} ms (load ${report.loadMs}, score ${report.scoreMs}, store ${report.storeMs}); ` +
        `${report.suppliers} suppliers, ${report.demands} demands, ${report.pairsScored} pairs, ${report.created} stored`,
    );
    floor ??= await openMatchingFloor(databaseUrl, validOn);
    const floorPgBefore = await backendsCpuMs(observer, local);
    const floorNodeBefore = process.cpuUsage();
    const floorTimes = await floor.time();
    cpu.floor.push(processCpuMs(floorNodeBefore));
    const floorPgAfter = await backendsCpuMs(observer, local);
    if (floorPgBefore !== null && floorPgAfter !== null) cpu.floorPg.push(floorPgAfter - floorPgBefore);
    floors.read.push(floorTimes.readMs);
    floors.copy.push(floorTimes.copyMs);
    floors.total.push(floorTimes.floorMs);
    log(`floor ${run}: ${Math.round(floorTimes.floorMs)} ms (read ${Math.round(floorTimes.readMs)}, COPY of ${floor.rows} rows ${Math.round(floorTimes.copyMs)})`);
  }
  await floor?.close();
  await observer.end();

  // Once more over what the last run stored: every pair exists, so this is the path of a re-run
  // in daily use (compare in SQL, update nothing, remove nothing), not the first-run inserts.
  const rerunStarted = performance.now();
  const rerun = await runMatching(runOptions);
  const rerunMs = performance.now() - rerunStarted;
  log(`re-run over stored suggestions: ${Math.round(rerunMs)} ms (load ${rerun.loadMs}, score ${rerun.scoreMs}, store ${rerun.storeMs}); ${rerun.created} created, ${rerun.updated} updated, ${rerun.removed} removed`);

  log("brute-force check on 2,000 suppliers x 200 requests");
  const scope = { eventId: null, today: validOn };
  const suppliers = (await loadSuppliers(db, scope)).slice(0, 2000);
  const demands = (await loadDemands(db, scope)).filter((demand) => demand.requestId !== null).slice(0, 200);
  const context = { validOn, officeCity: "Semarang", weights: defaultWeights, historyPolicy: "penalise" as const };
  const batch = generateSuggestions(suppliers, demands, context, 20);
  const agrees = demands.every((demand, index) => {
    const reference = bruteForceTopK(suppliers, demand, context, 20);
    const got = batch.suggestions[index]!.map(({ supplierId, score }) => ({ supplierId, score }));
    return JSON.stringify(got) === JSON.stringify(reference);
  });
  await db.$disconnect();

  const endToEnd = median(times);
  const floorMs = median(floors.total);
  const scoreMs = Math.max(1, report!.scoreMs);
  process.stdout.write(
    `${JSON.stringify({
      ratio: ratio(endToEnd, floorMs),
      floor_ms: Math.round(floorMs),
      end_to_end_ms: Math.round(endToEnd),
      floor_read_ms: Math.round(median(floors.read)),
      floor_copy_ms: Math.round(median(floors.copy)),
      load_ms: median(parts.load),
      score_ms: median(parts.score),
      store_ms: median(parts.store),
      smes: data.enterprises,
      requests: data.sourcingRequests,
      pairs_scored: report!.pairsScored,
      pairs_per_s: Math.round((report!.pairsScored / scoreMs) * 1000),
      rerun_ms: Math.round(rerunMs),
      brute_force_agrees: agrees,
      ...cpuFigures(cpu),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
