import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDirectoryLock, currentHolder, DatabaseLockedError, lockFileName } from "./lock";

const dirs: string[] = [];
function scratch(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A separate process that takes the lock the same way and holds it until killed. */
function holdInChild(dir: string): Promise<{ kill(): Promise<void> }> {
  const script = `
    const fs = require("node:fs"), os = require("node:os"), path = require("node:path");
    const file = path.join(${JSON.stringify(dir)}, ${JSON.stringify(lockFileName)});
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString(), command: "child" }), { flag: "wx" });
    process.stdout.write("locked\\n");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    const kill = () => {
      child.kill("SIGKILL");
      return exited;
    };
    child.stdout.once("data", () => resolve({ kill }));
    child.once("error", reject);
  });
}

describe("embedded database directory lock", () => {
  it("is taken and released by its holder", () => {
    const dir = scratch();
    const lock = acquireDirectoryLock(dir, "test");
    expect(currentHolder(dir)?.pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(path.join(dir, lockFileName))).toBe(false);
  });

  it("refuses a second process while the first is alive, naming the holder", async () => {
    const dir = scratch();
    const child = await holdInChild(dir);
    try {
      expect(() => acquireDirectoryLock(dir, "second")).toThrow(DatabaseLockedError);
      expect(() => acquireDirectoryLock(dir, "second")).toThrow(/in use by process \d+ .*child/);
    } finally {
      await child.kill();
    }
  });

  it("takes over the lock of a process that has died", async () => {
    const dir = scratch();
    const child = await holdInChild(dir);
    await child.kill();
    const lock = acquireDirectoryLock(dir, "after crash");
    expect(currentHolder(dir)?.pid).toBe(process.pid);
    lock.release();
  });
});
