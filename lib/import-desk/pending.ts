// An uploaded spreadsheet between the steps of the import desk (mapping, preview, import): the
// file lives in lib/storage, never in the form, under a token that only the staff member who
// uploaded it can use, and it expires. The token names a small record (who, which kind, the file's
// name and key, the header overrides chosen so far, when it expires); records are written once,
// so choosing a mapping writes a new record under a new token that points at the same file. A job
// queued for the expiry time deletes the file and its records even when staff walk away.
import "server-only";
import { z } from "zod";
import type { DbClient } from "@/lib/db";
import { discardUploadQueue } from "@/lib/imports/job";
import { importKinds, type ImportKind } from "@/lib/imports/types";
import { enqueue } from "@/lib/jobs/queue";
import { deleteFile, getFile, putFile, uploadKey } from "@/lib/storage/files";

/** How long an upload waits for its import: long enough to fix a mapping, short enough not to pile up. */
export const pendingUploadTtlMs = 2 * 60 * 60 * 1000;

const fileArea = "import-upload";
const recordArea = "import-pending";
const recordType = "application/json";

const recordSchema = z.object({
  userId: z.string().min(1),
  kind: z.enum(importKinds),
  fileName: z.string().min(1).max(255),
  fileKey: z.string().min(1),
  /** Header text -> field, as staff chose them in the mapping step. */
  overrides: z.record(z.string(), z.string()),
  /** Whether staff have been through the mapping step (or it was not needed). */
  mapped: z.boolean(),
  expiresAt: z.iso.datetime(),
});

export type PendingUpload = z.infer<typeof recordSchema> & { token: string };

/** The token as it appears in a URL: the uuid of its record. Anything else is no token. */
export const pendingTokenSchema = z.uuid();

const recordKey = (token: string) => `${recordArea}/${token}`;
const tokenOf = (key: string) => key.slice(recordArea.length + 1);

async function writeRecord(db: DbClient, record: z.infer<typeof recordSchema>): Promise<string> {
  const key = uploadKey(recordArea);
  await putFile({ key, bytes: new TextEncoder().encode(JSON.stringify(record)), contentType: recordType });
  await enqueue(db, { queue: discardUploadQueue, payload: { keys: [key, record.fileKey] }, key: `discard:${key}`, runAt: new Date(record.expiresAt) });
  return tokenOf(key);
}

/** Stores an uploaded file for `userId` and returns its token. */
export async function savePendingUpload(
  db: DbClient,
  upload: { userId: string; kind: ImportKind; fileName: string; bytes: Uint8Array; mapped: boolean },
  now = new Date(),
): Promise<string> {
  const fileKey = uploadKey(fileArea);
  await putFile({ key: fileKey, bytes: upload.bytes, contentType: "application/octet-stream" });
  const expiresAt = new Date(now.getTime() + pendingUploadTtlMs).toISOString();
  return writeRecord(db, { userId: upload.userId, kind: upload.kind, fileName: upload.fileName, fileKey, overrides: {}, mapped: upload.mapped, expiresAt });
}

/** The upload behind a token, if it is this user's and has not expired; null otherwise. */
export async function findPendingUpload(token: unknown, userId: string, now = new Date()): Promise<PendingUpload | null> {
  const parsedToken = pendingTokenSchema.safeParse(token);
  if (!parsedToken.success) return null;
  const stored = await getFile(recordKey(parsedToken.data));
  if (!stored) return null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(stored.bytes));
  } catch {
    return null;
  }
  const record = recordSchema.safeParse(json);
  if (!record.success || record.data.userId !== userId || new Date(record.data.expiresAt) <= now) return null;
  return { ...record.data, token: parsedToken.data };
}

/** The uploaded file's bytes, or null once it has been discarded. */
export async function pendingUploadBytes(upload: PendingUpload): Promise<Uint8Array | null> {
  return (await getFile(upload.fileKey))?.bytes ?? null;
}

/** A new token for the same file with the mapping staff chose (the old token keeps its own). */
export async function remapPendingUpload(db: DbClient, upload: PendingUpload, overrides: Record<string, string>): Promise<string> {
  const { token: _token, ...record } = upload;
  return writeRecord(db, { ...record, overrides, mapped: true });
}

/** Deletes the file and this token's record (the import has stored its own copy). */
export async function discardPendingUpload(upload: PendingUpload): Promise<void> {
  await Promise.all([deleteFile(upload.fileKey), deleteFile(recordKey(upload.token))]);
}
