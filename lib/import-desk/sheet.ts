// A pending upload read back as a sheet with its header mapping: what the mapping step, the
// preview, the invalid-rows download and the import itself all start from.
import "server-only";
import { ImportFileError } from "@/lib/imports/errors";
import { matchHeaders } from "@/lib/imports/fields";
import { readImportFile } from "@/lib/imports/read";
import type { HeaderMapping, ImportSheet } from "@/lib/imports/types";
import { findPendingUpload, type PendingUpload, pendingUploadBytes } from "./pending";

export interface PendingSheet {
  upload: PendingUpload;
  bytes: Uint8Array;
  sheet: ImportSheet;
  mapping: HeaderMapping;
  /** Headers no field matched (before the overrides staff chose). */
  unknown: string[];
  missingRequired: string[];
}

/**
 * The user's pending upload behind `token`, read and matched; null when there is none (expired,
 * imported, another user's, or a file that no longer reads).
 */
export async function loadPendingSheet(token: unknown, userId: string): Promise<PendingSheet | null> {
  const upload = await findPendingUpload(token, userId);
  if (!upload) return null;
  const bytes = await pendingUploadBytes(upload);
  if (!bytes) return null;
  let sheet: ImportSheet;
  try {
    sheet = await readImportFile(bytes, upload.fileName);
  } catch (error) {
    // It was read once at upload; a file that fails now is treated as gone.
    if (error instanceof ImportFileError) return null;
    throw error;
  }
  const unknown = matchHeaders(upload.kind, sheet.headers).unknown;
  const { mapping, missingRequired } = matchHeaders(upload.kind, sheet.headers, upload.overrides);
  return { upload, bytes, sheet, mapping, unknown, missingRequired };
}

/** Whether staff must go through the mapping step before the preview. */
export function needsMapping(pending: PendingSheet): boolean {
  return pending.missingRequired.length > 0 || (!pending.upload.mapped && pending.unknown.length > 0);
}
