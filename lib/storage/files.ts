// Uploaded files on disk under DATA_DIR/uploads. Keys are made by the app (uploadKey), never
// taken from a file name, and every key is checked again before it touches the file system,
// so no key can reach outside the uploads directory.
import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

export interface StoredFile {
  bytes: Uint8Array;
  contentType: string;
}

/** "<area>/<uuid>": lower-case letters, digits and dashes only, one level deep. */
const keyPattern = /^[a-z0-9-]{1,40}\/[a-f0-9-]{36}$/;

export function uploadKey(area: string): string {
  const key = `${area}/${randomUUID()}`;
  if (!keyPattern.test(key)) throw new Error(`Invalid upload area: ${area}`);
  return key;
}

export function isValidUploadKey(key: string): boolean {
  return keyPattern.test(key);
}

function uploadsRoot(): string {
  return path.join(env().dataDir, "uploads");
}

function filePath(key: string): string {
  if (!keyPattern.test(key)) throw new Error("Invalid upload key");
  const root = uploadsRoot();
  const full = path.resolve(root, key);
  if (!full.startsWith(root + path.sep)) throw new Error("Invalid upload key");
  return full;
}

const typeFile = (full: string) => `${full}.type`;

export async function putFile({ key, bytes, contentType }: { key: string; bytes: Uint8Array; contentType: string }): Promise<void> {
  const full = filePath(key);
  await fs.mkdir(path.dirname(full), { recursive: true });
  await fs.writeFile(full, bytes, { flag: "wx" });
  await fs.writeFile(typeFile(full), contentType, { flag: "w" });
}

export async function getFile(key: string): Promise<StoredFile | null> {
  if (!isValidUploadKey(key)) return null;
  const full = filePath(key);
  try {
    const [bytes, contentType] = await Promise.all([fs.readFile(full), fs.readFile(typeFile(full), "utf8")]);
    return { bytes: new Uint8Array(bytes), contentType: contentType.trim() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Removes a file; a file already gone is not an error. */
export async function deleteFile(key: string): Promise<void> {
  if (!isValidUploadKey(key)) return;
  const full = filePath(key);
  await Promise.all([fs.rm(full, { force: true }), fs.rm(typeFile(full), { force: true })]);
}
