// Where a page's time goes, for bench:load's report: each page is requested one at a time (no
// queueing), so its time is its own work. Beside it, in the same run and on the same server:
// - the framework floor: /api/health, a route handler doing one query;
// - the shared shell: a page that does not exist, which renders only the root layout (header,
//   footer, messages, the session read of a visitor without a cookie);
// - the database's share: PostgreSQL's own count of time spent executing statements in the
//   database (pg_stat_database.active_time, PostgreSQL 14+), before and after, per request.
//   A busy backend hands its statistics over when it has been idle for 10 s (PostgreSQL 15's
//   PGSTAT_IDLE_INTERVAL), so each reading waits a little longer than that.
// The rest of a page's time is its rendering in Node (React, serialising the page's data).
import pg from "pg";
import { round, summary } from "./load-http";

export interface AnatomyTarget {
  path: string;
  /** Who asks (a traffic class), with that session's cookie; a signed-out visitor otherwise. */
  as?: string;
  cookie?: string;
}

export interface AnatomyRow {
  path: string;
  as?: string;
  /** The last answer's status: 200 expected (a redirect would time something else). */
  status: number;
  p50_ms: number;
  /** Time PostgreSQL spent executing this page's statements, per request (mean). */
  db_ms: number;
  /** p50 minus the shell's p50: what the page adds to the shared layout. */
  beyond_shell_ms: number;
}

async function activeTime(client: pg.Client, database: string, waitMs: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  await client.query("SELECT pg_stat_clear_snapshot()");
  const result = await client.query<{ active: number | null }>("SELECT active_time AS active FROM pg_stat_database WHERE datname = $1", [database]);
  return Number(result.rows[0]?.active ?? 0);
}

/** The times of `count` requests one after another (after 3 to warm up), and the last status. */
async function timeSerially(url: string, count: number, headers: Record<string, string> = {}): Promise<{ times: number[]; status: number }> {
  for (let i = 0; i < 3; i += 1) await (await fetch(url, { headers, redirect: "manual" })).arrayBuffer();
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers, redirect: "manual" });
    await response.arrayBuffer();
    times.push(performance.now() - started);
    status = response.status;
  }
  return { times, status };
}

export async function measureAnatomy(base: string, databaseUrl: string, targets: AnatomyTarget[], count = 20, statsWaitMs = 11_000) {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let before = await activeTime(client, database, statsWaitMs);
    const measure = async (path: string, cookie?: string) => {
      const { times, status } = await timeSerially(`${base}${path}`, count, cookie ? { cookie } : {});
      const after = await activeTime(client, database, statsWaitMs);
      const spent = after - before;
      before = after;
      return { path, status, p50: summary(times).p50, db: round(spent / (count + 3)) };
    };
    const floor = await measure("/api/health");
    const shell = await measure("/halaman-yang-tidak-ada");
    const pages: AnatomyRow[] = [];
    for (const target of targets) {
      const row = await measure(target.path, target.cookie);
      pages.push({ path: target.path, ...(target.as ? { as: target.as } : {}), status: row.status, p50_ms: row.p50, db_ms: row.db, beyond_shell_ms: round(row.p50 - shell.p50) });
    }
    return {
      floor: { path: floor.path, p50_ms: floor.p50, db_ms: floor.db },
      shell: { path: shell.path, p50_ms: shell.p50, db_ms: shell.db, beyond_floor_ms: round(shell.p50 - floor.p50) },
      pages,
    };
  } finally {
    await client.end();
  }
}
