// The preview of a pending upload: what the import would do, written nowhere (lib/imports).
import "server-only";
import { db } from "@/lib/db";
import { previewImport } from "@/lib/imports/preview";
import type { ImportPreview } from "@/lib/imports/types";
import type { PendingSheet } from "./sheet";

export function previewPendingSheet(pending: PendingSheet): Promise<ImportPreview> {
  return previewImport(db, pending.upload.kind, pending.sheet, pending.mapping);
}
