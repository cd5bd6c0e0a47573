// The db:* commands as a person runs them: clear one-line refusals, not stack traces.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { acquireDirectoryLock } from "@/lib/database/lock";

function dbCli(args: string[], env: Record<string, string>, script = "scripts/db/cli.ts") {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe("db CLI", () => {
  it("names DATABASE_URL in one line when it is malformed", () => {
    const result = dbCli(["status"], { DATABASE_URL: "mysql://root@localhost/temu" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("Invalid configuration: DATABASE_URL: must be a postgresql://user:password@host:port/database URL");
  });

  it("names DATABASE_URL in one line when the server is unreachable", () => {
    const result = dbCli(["migrate"], { DATABASE_URL: "postgresql://temu:secret@127.0.0.1:1/temu" });
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^DATABASE_URL: cannot connect to postgresql:\/\/temu:\*\*\*\*\*@127\.0\.0\.1:1\/temu \(.*ECONNREFUSED/);
    expect(result.stderr).not.toContain("secret");
  });

  it("npm start stops with the same one line when DATABASE_URL is unreachable", () => {
    const result = dbCli(["start"], { DATABASE_URL: "postgresql://temu:secret@127.0.0.1:1/temu" }, "scripts/run-next.ts");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Temu Usaha cannot start: DATABASE_URL: cannot connect to postgresql:\/\/temu:\*\*\*\*\*@127\.0\.0\.1:1\/temu \(.*\)$/);
  });

  it("refuses to open an embedded database that another process holds", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-cli-lock-"));
    const lock = acquireDirectoryLock(dir, "integration test server");
    try {
      const result = dbCli(["migrate"], { EMBEDDED_DB_DIR: dir, DATA_DIR: dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`The embedded database at ${dir} is in use by process ${process.pid}`);
      expect(result.stderr).toContain("integration test server");
      expect(fs.readdirSync(dir)).toEqual(["temu-usaha.lock"]);
    } finally {
      lock.release();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("db:seed without --demo puts no demo account into a new embedded database", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-cli-seed-"));
    try {
      const result = dbCli(["seed"], { DATA_DIR: dir, NODE_ENV: "development" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const pglite = new PGlite(path.join(dir, "pglite"));
      try {
        expect((await pglite.query<{ users: number }>(`SELECT count(*)::int AS users FROM "User"`)).rows[0]?.users).toBe(0);
        expect((await pglite.query<{ kbli: number }>(`SELECT count(*)::int AS kbli FROM "Kbli"`)).rows[0]?.kbli).toBeGreaterThan(0);
      } finally {
        await pglite.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
