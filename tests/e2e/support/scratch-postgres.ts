// A PostgreSQL cluster of a spec's own (initdb + pg_ctl in a temporary directory, on its own
// port), for faults that need the database server stopped and started: the shared server is
// never touched. initdb refuses to run as root, so as root the commands run as the `postgres` user.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const binDir = (() => {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => fs.existsSync(path.join(root, name, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL server binaries under ${root}`);
  return path.join(root, newest, "bin");
})();

export interface ScratchPostgres {
  url: string;
  start: () => void;
  /** A fast shutdown: open connections are ended, as in a restart by the operator. */
  stop: () => void;
  destroy: () => void;
}

function asPostgres(command: string, args: string[]): string {
  const full = path.join(binDir, command);
  const [file, argv] = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", full, ...args]] : [full, args];
  return execFileSync(file, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export function createScratchPostgres(port: number): ScratchPostgres {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`;
  const pgCtl = (...args: string[]) => asPostgres("pg_ctl", ["-D", data, "-w", "-t", "60", ...args]);
  asPostgres("initdb", ["-D", data, "-U", "temu", "-A", "trust", "-E", "UTF8", "--locale=C", "-N"]);
  const start = () => pgCtl("-o", options, "-l", path.join(dir, "server.log"), "start");
  start();
  asPostgres("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "temu", "temu"]);
  return {
    url: `postgresql://temu@127.0.0.1:${port}/temu`,
    start,
    stop: () => pgCtl("-m", "fast", "stop"),
    destroy: () => {
      spawnSync(process.getuid?.() === 0 ? "runuser" : path.join(binDir, "pg_ctl"), [
        ...(process.getuid?.() === 0 ? ["-u", "postgres", "--", path.join(binDir, "pg_ctl")] : []),
        "-D",
        data,
        "-m",
        "immediate",
        "stop",
      ]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
