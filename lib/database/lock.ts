// An exclusive lock on the embedded database directory. PGlite has no lock of its own: two
// processes that open one data directory both "work" and silently lose each other's writes.
// The lock file is created with O_EXCL (atomic on local file systems) and names its holder;
// a lock whose holder process is gone is taken over, a live one is refused.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.hostname} (${holder.command}, since ${holder.startedAt})`
      : "another process";
    super(
      `The embedded database at ${dataDir} is in use by ${who}. ` +
        "Only one process may open it: stop that server or script first, or set DATABASE_URL to use a PostgreSQL server.",
    );
    this.name = "DatabaseLockedError";
  }
}

export const lockFileName = "temu-usaha.lock";

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the holder can be shown to be gone (same machine, process no longer running). */
function isStale(holder: LockHolder | undefined): boolean {
  if (!holder) return false;
  return holder.hostname === os.hostname() && !isAlive(holder.pid);
}

export interface DirectoryLock {
  file: string;
  release(): void;
}

/** Who holds the lock on dataDir now, if anyone alive does. */
export function currentHolder(dataDir: string): LockHolder | undefined {
  const holder = readHolder(path.join(dataDir, lockFileName));
  return holder && !isStale(holder) ? holder : undefined;
}

export function acquireDirectoryLock(dataDir: string, command = process.argv.slice(1).join(" ")): DirectoryLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, lockFileName);
  const me: LockHolder = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString(), command };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      return lockHandle(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(file);
    if (holder && holder.pid === process.pid && holder.hostname === me.hostname) return lockHandle(file);
    if (holder === undefined) {
      // Another process is between creating the file and writing its name: give it a moment.
      sleepSync(50);
      if (readHolder(file) === undefined && fileAgeMs(file) > 2000) removeStale(file, undefined);
      continue;
    }
    if (!isStale(holder)) throw new DatabaseLockedError(dataDir, holder);
    removeStale(file, holder);
  }
  throw new DatabaseLockedError(dataDir, readHolder(file));
}

function lockHandle(file: string): DirectoryLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const holder = readHolder(file);
    if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.once("exit", release);
  return { file, release };
}

/**
 * Move the stale file aside before deleting it. If what was moved is not the stale holder we
 * judged (another process took the lock over in between), put it back untouched.
 */
function removeStale(file: string, stale: LockHolder | undefined) {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readHolder(aside);
  const same = moved?.pid === stale?.pid && moved?.startedAt === stale?.startedAt;
  if (!same) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // Someone created a new lock meanwhile; theirs stands.
    }
  }
  fs.rmSync(aside, { force: true });
}

function fileAgeMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
