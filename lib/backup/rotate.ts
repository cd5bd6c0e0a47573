// Timestamped backup folders for the nightly job, and keeping only the newest N of them.
import fs from "node:fs";
import path from "node:path";
import { manifestFile } from "./manifest";

const namePattern = /^temu-usaha-\d{8}-\d{6}-\d{3}$/;

/** temu-usaha-20261206-043246-123 (UTC): sorts by time. */
export function backupName(now: Date): string {
  const iso = now.toISOString(); // 2026-12-06T04:32:46.123Z
  return `temu-usaha-${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}-${iso.slice(20, 23)}`;
}

/** Complete backups in dir (with a manifest), newest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && namePattern.test(entry.name) && fs.existsSync(path.join(dir, entry.name, manifestFile)))
    .map((entry) => entry.name)
    .sort()
    .reverse();
}

/** Deletes all but the newest `keep` backups; returns the names removed. Other files are left alone. */
export function pruneBackups(dir: string, keep: number): string[] {
  const removed = listBackups(dir).slice(keep);
  for (const name of removed) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  return removed;
}
