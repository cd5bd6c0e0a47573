// The message key of a file the import engine refused (lib/imports/errors.ts), per its stable code:
// the engine's own texts where they need no values, the desk's where they would.
import type { ImportFileError, ImportFileErrorCode } from "@/lib/imports/errors";

const keys: Record<ImportFileErrorCode, string> = {
  tooLarge: "Imports.upload.fileTooLarge",
  tooLargeUnpacked: "Imports.upload.unpackedTooLarge",
  tooManyRows: "Imports.upload.tooManyRows",
  tooManyColumns: "Imports.upload.tooManyColumns",
  unsupportedType: "ImportErrors.file.unsupportedType",
  unreadable: "ImportErrors.file.unreadable",
  empty: "ImportErrors.file.empty",
  noHeaders: "ImportErrors.file.noHeaders",
};

export function fileErrorKey(error: ImportFileError): string {
  return keys[error.code];
}
