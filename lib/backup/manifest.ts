// manifest.json of a backup folder: what it holds, from which schema, and how many rows.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const backupFormatVersion = 1;
export const manifestFile = "manifest.json";
export const databaseFile = "database.jsonl.gz";
export const uploadsFolder = "uploads";

export const manifestSchema = z.object({
  app: z.literal("temu-usaha"),
  formatVersion: z.literal(backupFormatVersion),
  createdAt: z.iso.datetime(),
  database: z.object({
    kind: z.enum(["embedded", "postgresql"]),
    serverVersion: z.string(),
    /** The newest migration applied when the backup was taken: the schema of its rows. */
    lastMigration: z.string().min(1),
    /** Rows per table. */
    tables: z.record(z.string(), z.number().int().min(0)),
    sequences: z.array(z.object({ name: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  }),
  uploads: z.object({
    /** false when uploads live in S3-compatible storage (backed up by the provider). */
    included: z.boolean(),
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
  }),
});

export type Manifest = z.infer<typeof manifestSchema>;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

export function readManifest(folder: string): Manifest {
  const file = path.join(folder, manifestFile);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    throw new BackupError(`${folder} is not a Temu Usaha backup: ${manifestFile} is missing or unreadable.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(`${file} is not a Temu Usaha backup manifest (${issue?.path.join(".") || "manifest"}: ${issue?.message}).`);
  }
  return parsed.data;
}

/** One line for people: rows, tables, migration, uploads. */
export function describeBackup(manifest: Manifest): string {
  const rows = Object.values(manifest.database.tables).reduce((sum, count) => sum + count, 0);
  const tables = Object.keys(manifest.database.tables).length;
  const uploads = manifest.uploads.included
    ? `${manifest.uploads.files} uploaded file(s), ${manifest.uploads.bytes} bytes`
    : "no uploads (S3 storage: the bucket is backed up by its provider)";
  return `${rows} rows in ${tables} tables at migration ${manifest.database.lastMigration}; ${uploads}`;
}
