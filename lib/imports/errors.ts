// A file that cannot be imported at all (too large, not a spreadsheet, no header row...): its
// `message` is Indonesian, for staff and the command line alike; `code` is stable for callers.
export type ImportFileErrorCode = "tooLarge" | "tooLargeUnpacked" | "tooManyRows" | "tooManyColumns" | "unsupportedType" | "unreadable" | "empty" | "noHeaders";

export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;

  constructor(code: ImportFileErrorCode, message: string) {
    super(message);
    this.name = "ImportFileError";
    this.code = code;
  }
}
