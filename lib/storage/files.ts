// Uploaded files: on disk under DATA_DIR/uploads by default, or in an S3-compatible bucket when
// S3_BUCKET is configured (lib/env.ts). Callers see one API whatever the backend.
import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { diskStore } from "./disk";
import { isValidUploadKey, type StoredFile, type UploadStore, uploadKey } from "./keys";
import { s3Store } from "./s3";

export { isValidUploadKey, type StoredFile, uploadKey };

let cached: { signature: string; store: UploadStore } | undefined;

function store(): UploadStore {
  const config = env();
  const s3 = config.s3;
  // Rebuilt when the configuration changes (tests switch DATA_DIR and backends).
  const signature = s3 ? `s3:${s3.endpoint}/${s3.bucket}/${s3.prefix}` : `disk:${config.dataDir}`;
  if (cached?.signature !== signature) {
    cached = { signature, store: s3 ? s3Store(s3) : diskStore(path.join(config.dataDir, "uploads")) };
  }
  return cached.store;
}

export async function putFile({ key, bytes, contentType }: { key: string; bytes: Uint8Array; contentType: string }): Promise<void> {
  await store().put(key, bytes, contentType);
}

export async function getFile(key: string): Promise<StoredFile | null> {
  if (!isValidUploadKey(key)) return null;
  return store().get(key);
}

/** Removes a file; a file already gone is not an error. */
export async function deleteFile(key: string): Promise<void> {
  if (!isValidUploadKey(key)) return;
  await store().delete(key);
}
