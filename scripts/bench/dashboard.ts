// npm run bench:dashboard [-- --smes 20000 --runs 30 --database-url <url>]
//
// 1. Prepares a PostgreSQL database (default temu_bench_dashboard on the local server, or
//    --database-url / BENCH_DATABASE_URL): creates it if missing, applies migrations, seeds
//    --smes enterprises with the scale generator (reused when the count is already there), and
//    adds the event side the generator does not make (once; rows prefixed "bench"): eight
//    quarterly events from 2025-Q1, 300 SMEs and 100 buyers at each, 600 placed meetings per
//    event with outcomes and deal values, a match per meeting plus suggestions (12,000), and
//    20 city-wide matches per sourcing request (40,000).
// 2. Warms up, then runs every dashboard query (lib/reports/queries.ts dashboardQueries) --runs
//    times under each filter set (none, an event, a period, both), one at a time, and the whole
//    dashboard (all queries in parallel, as the page runs them).
// 3. Writes the 20,000-row enterprise download once as CSV and once as XLSX, for their times.
//
// Progress goes to stderr; the per-query table too. The last line on stdout is one JSON object.
// Run with the react-server condition (the npm script does) so server-only modules load.
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import pg from "pg";
import { ensureDatabase, runCommand } from "./database";

const { values: options } = parseArgs({
  options: {
    smes: { type: "string", default: "20000" },
    runs: { type: "string", default: "30" },
    "database-url": { type: "string" },
  },
});

const databaseUrl = options["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/temu_bench_dashboard";
const smes = Number(options.smes);
const runs = Number(options.runs);
const targetMs = 200;
const log = (message: string) => process.stderr.write(`[bench:dashboard] ${message}\n`);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (value: number) => Math.round(value * 10) / 10;

const eventCount = 8;
const smesPerEvent = 300;
const buyersPerEvent = 100;

/** The event side of the programme, written with generate_series: seconds, not minutes. */
const eventActivitySql = [
  `INSERT INTO "Event" (id, slug, title, kind, quarter, description, venue, "startsAt", "endsAt", status, "updatedAt")
   SELECT 'benchev' || q, 'bench-event-' || q, 'Temu Usaha Bench ' || to_char(d, 'YYYY-"Q"Q'), 'BUSINESS_MATCHING', to_char(d, 'YYYY-"Q"Q'),
          'Bench', 'Balai Kota', d, d + interval '6 hours', 'COMPLETED', now()
   FROM generate_series(0, ${eventCount - 1}) q, LATERAL (SELECT timestamp '2025-02-18 02:00' + q * interval '3 months' AS d) t`,
  `INSERT INTO "EventParticipant" (id, "eventId", kind, "enterpriseId", status, "checkedInAt", "createdAt", "updatedAt")
   WITH e AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM "Enterprise")
   SELECT 'benchp' || q || 's' || i, 'benchev' || q, 'SME', e.id, CASE WHEN i % 12 = 0 THEN 'WAITLISTED' ELSE 'APPROVED' END::"ParticipantStatus",
          CASE WHEN i % 10 <> 0 THEN ev."startsAt" END, ev."startsAt" - interval '20 days', now()
   FROM generate_series(0, ${eventCount - 1}) q CROSS JOIN generate_series(0, ${smesPerEvent - 1}) i
   JOIN "Event" ev ON ev.id = 'benchev' || q
   JOIN e ON e.n = (q * ${smesPerEvent} + i) % e.total`,
  `INSERT INTO "EventParticipant" (id, "eventId", kind, "buyerId", status, "checkedInAt", "createdAt", "updatedAt")
   WITH b AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM "BuyerOrganization")
   SELECT 'benchp' || q || 'b' || j, 'benchev' || q, 'BUYER', b.id, 'APPROVED', ev."startsAt", ev."startsAt" - interval '25 days', now()
   FROM generate_series(0, ${eventCount - 1}) q CROSS JOIN generate_series(0, ${buyersPerEvent - 1}) j
   JOIN "Event" ev ON ev.id = 'benchev' || q
   JOIN b ON b.n = (q * ${buyersPerEvent} + j) % b.total`,
  // Slot t pairs SME block t % 3 with buyers shifted by t: nobody is in two places at once.
  `INSERT INTO "Meeting" (id, "eventId", "smeParticipantId", "buyerParticipantId", status, "startsAt", "endsAt", "tableNumber",
                          outcome, "dealValueRupiah", "outcomeAt", "createdAt", "updatedAt")
   SELECT 'benchm' || q || '_' || t || '_' || i, 'benchev' || q, 'benchp' || q || 's' || ((t % 3) * 100 + i), 'benchp' || q || 'b' || ((i + t) % 100),
          CASE WHEN h % 10 = 0 THEN 'NO_SHOW' ELSE 'HELD' END::"MeetingStatus",
          ev."startsAt" + t * interval '20 minutes', ev."startsAt" + (t + 1) * interval '20 minutes', i + 1,
          o.outcome::"MeetingOutcome",
          CASE WHEN o.outcome IN ('PURCHASE_ORDER', 'DEAL') THEN (5 + h % 200) * 1000000::bigint END,
          CASE WHEN o.outcome IS NOT NULL THEN ev."startsAt" + (h % 40) * interval '1 day' END,
          ev."startsAt" - interval '5 days', now()
   FROM generate_series(0, ${eventCount - 1}) q CROSS JOIN generate_series(0, 5) t CROSS JOIN generate_series(0, 99) i
   JOIN "Event" ev ON ev.id = 'benchev' || q
   CROSS JOIN LATERAL (SELECT abs(hashtext(q || '-' || t || '-' || i)) AS h) hh
   CROSS JOIN LATERAL (SELECT CASE WHEN h % 10 = 0 THEN NULL
                                   ELSE (ARRAY['NO_INTEREST','NO_INTEREST','NO_INTEREST','FOLLOW_UP','FOLLOW_UP','FOLLOW_UP','SAMPLE','PURCHASE_ORDER','PURCHASE_ORDER','DEAL'])[1 + (h / 10) % 10] END AS outcome) o`,
  `INSERT INTO "Match" (id, "eventId", "enterpriseId", "buyerId", score, components, status, "createdAt", "updatedAt")
   SELECT 'benchx' || q || '_' || s || '_' || k, 'benchev' || q, sp."enterpriseId", bp."buyerId", 50 + (s + k) % 50, '[]'::jsonb,
          CASE k WHEN 0 THEN 'APPROVED' WHEN 4 THEN 'VETOED' ELSE 'SUGGESTED' END::"MatchStatus", ev."startsAt" - interval '10 days', now()
   FROM generate_series(0, ${eventCount - 1}) q CROSS JOIN generate_series(0, ${smesPerEvent - 1}) s CROSS JOIN generate_series(0, 4) k
   JOIN "Event" ev ON ev.id = 'benchev' || q
   JOIN "EventParticipant" sp ON sp.id = 'benchp' || q || 's' || s
   JOIN "EventParticipant" bp ON bp.id = 'benchp' || q || 'b' || ((s + k * 7) % 100)
   ON CONFLICT DO NOTHING`,
  `INSERT INTO "Match" (id, "eventId", "enterpriseId", "buyerId", "sourcingRequestId", score, components, status, "createdAt", "updatedAt")
   WITH e AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM "Enterprise")
   SELECT 'benchc' || r.n || '_' || k, NULL, e.id, r."buyerId", r.id, 40 + k, '[]'::jsonb, 'SUGGESTED', r."createdAt" + interval '1 day', now()
   FROM (SELECT id, "buyerId", "createdAt", row_number() OVER (ORDER BY id) AS n FROM "SourcingRequest") r
   CROSS JOIN generate_series(0, 19) k
   JOIN e ON e.n = (r.n * 37 + k * 1009) % e.total
   ON CONFLICT DO NOTHING`,
  `ANALYZE`,
];

async function prepareData(env: NodeJS.ProcessEnv): Promise<{ enterprises: number; meetings: number; matches: number }> {
  await ensureDatabase(databaseUrl, log);
  await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "migrate"], env);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
    const enterprises = await count(`SELECT count(*) AS n FROM "Enterprise"`);
    if (enterprises !== smes) {
      log(`seeding ${smes} SMEs (found ${enterprises})`);
      await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "reset"], env);
      await runCommand(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", "seed", "--scale", String(smes)], env);
    } else log(`reusing ${enterprises} SMEs`);
    if ((await count(`SELECT count(*) AS n FROM "Event" WHERE id LIKE 'benchev%'`)) === 0) {
      log("adding events, participants, meetings and matches");
      for (const sql of eventActivitySql) await client.query(sql);
    }
    return {
      enterprises: await count(`SELECT count(*) AS n FROM "Enterprise"`),
      meetings: await count(`SELECT count(*) AS n FROM "Meeting"`),
      matches: await count(`SELECT count(*) AS n FROM "Match"`),
    };
  } finally {
    await client.end();
  }
}

/** A sink that counts bytes, so writing the XLSX costs no disk time. */
function byteCounter(): { stream: Writable; bytes: () => number } {
  let bytes = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { stream, bytes: () => bytes };
}

async function main(): Promise<void> {
  if (![smes, runs].every((value) => Number.isInteger(value) && value > 0)) throw new Error("--smes and --runs need positive whole numbers");
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const data = await prepareData(env);
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/db");
  const { dashboardQueries, getDashboardFigures } = await import("@/lib/reports/queries");
  const { noFilters } = await import("@/lib/reports/filters");
  const { csvChunks } = await import("@/lib/reports/export");
  const { enterpriseDataset } = await import("@/lib/reports/datasets");
  const { writeXlsx } = await import("@/lib/reports/xlsx");

  const filterSets = {
    none: noFilters,
    event: { ...noFilters, eventId: "benchev6" },
    period: { ...noFilters, from: "2026-01-01", to: "2026-06-30" },
    "event+period": { ...noFilters, eventId: "benchev5", from: "2026-04-01", to: "2026-09-30" },
  };
  const cases: { name: string; run: () => Promise<unknown> }[] = [];
  for (const [filterName, filters] of Object.entries(filterSets)) {
    for (const [queryName, query] of Object.entries(dashboardQueries)) {
      cases.push({ name: `${queryName} [${filterName}]`, run: () => (query as (f: typeof filters) => Promise<unknown>)(filters) });
    }
    cases.push({ name: `whole dashboard [${filterName}]`, run: () => getDashboardFigures(filters) });
  }

  log("warming up");
  for (let round = 0; round < 3; round += 1) for (const item of cases) await item.run();

  const results: { query: string; p50_ms: number; p95_ms: number }[] = [];
  for (const item of cases) {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await item.run();
      times.push(performance.now() - started);
    }
    results.push({ query: item.name, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)) });
  }
  const width = Math.max(...results.map((result) => result.query.length));
  log(`${"query".padEnd(width)}  p50 ms  p95 ms   (${runs} runs each)`);
  for (const result of results) log(`${result.query.padEnd(width)}  ${String(result.p50_ms).padStart(6)}  ${String(result.p95_ms).padStart(6)}`);

  let started = performance.now();
  let csvBytes = 0;
  for await (const chunk of csvChunks(enterpriseDataset, noFilters)) csvBytes += Buffer.byteLength(chunk);
  const csvMs = performance.now() - started;
  started = performance.now();
  const sink = byteCounter();
  const xlsxRows = await writeXlsx(enterpriseDataset, noFilters, sink.stream, [["Data", "IKM"]]);
  const xlsxMs = performance.now() - started;
  log(`enterprise download: CSV ${Math.round(csvMs)} ms (${csvBytes} bytes), XLSX ${Math.round(xlsxMs)} ms (${xlsxRows} rows, ${sink.bytes()} bytes)`);
  await db.$disconnect();

  const maxP95 = Math.max(...results.map((result) => result.p95_ms));
  process.stdout.write(
    `${JSON.stringify({
      smes: data.enterprises,
      meetings: data.meetings,
      matches: data.matches,
      runs,
      queries: results,
      export_ms: { csv: Math.round(csvMs), xlsx: Math.round(xlsxMs), rows: xlsxRows },
      max_p95_ms: maxP95,
      target_ms: targetMs,
      ok: maxP95 < targetMs,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
