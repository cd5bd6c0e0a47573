// Upload keys are made by the app, never taken from a file name: "<area>/<uuid>", lower-case
// letters, digits and dashes, one level deep. Every backend checks a key again before use.
import { randomUUID } from "node:crypto";

const keyPattern = /^[a-z0-9-]{1,40}\/[a-f0-9-]{36}$/;

export function uploadKey(area: string): string {
  const key = `${area}/${randomUUID()}`;
  if (!keyPattern.test(key)) throw new Error(`Invalid upload area: ${area}`);
  return key;
}

export function isValidUploadKey(key: string): boolean {
  return keyPattern.test(key);
}

export interface StoredFile {
  bytes: Uint8Array;
  contentType: string;
}

/** Where uploads live: a directory on disk, or an S3-compatible bucket. */
export interface UploadStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  /** A key already gone is not an error. */
  delete(key: string): Promise<void>;
}
