// CPU time of the benchmark's own PostgreSQL backends, so bench:matching can print what the run
// and its floor cost in CPU beside their wall-clock times: on a shared 2-core machine the wall
// clock mostly measures the other jobs, CPU time far less. Read from /proc/<pid>/stat, which
// only works when the server runs on this machine; elsewhere the figures are null.
import { existsSync, readFileSync } from "node:fs";
import type pg from "pg";

/** Linux reports process times in USER_HZ ticks, 100 a second on every architecture Node runs on. */
const msPerTick = 10;

/** utime + stime of one /proc/<pid>/stat line, in ms; the name field may hold spaces and parentheses. */
export function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name: state is field 3 of the line, utime 14 and stime 15.
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`Not a /proc stat line: ${stat.slice(0, 80)}`);
  return ticks * msPerTick;
}

/** Whether the database server runs on this machine, so that its backends' pids are ours to read. */
export function isLocalDatabase(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "" || host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/**
 * Sums the CPU of every other backend on the client's database (the benchmark's pool and the
 * floor's connection: nothing else uses the bench database). A backend that ended meanwhile is
 * left out. Null when the server is not on this machine or /proc does not show its processes.
 */
export async function backendsCpuMs(client: pg.Client, local: boolean): Promise<number | null> {
  if (!local) return null;
  const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
  let total = 0;
  for (const { pid } of rows) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && existsSync("/proc/self/stat")) continue;
      return null;
    }
    total += statCpuMs(stat);
  }
  return total;
}

/** CPU of this Node process since `since` (process.cpuUsage()), in ms. */
export function processCpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
