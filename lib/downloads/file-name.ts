// The name of a downloaded table (reports' CSV and XLSX, the audit log's CSV). Pure.
import { isoDay } from "./csv";

/** "temu-usaha-ikm-2026-12-02.xlsx": what the file holds and the day (WIB) it was taken. */
export function downloadFileName(stem: string, extension: string, now: Date): string {
  return `temu-usaha-${stem}-${isoDay(now)}.${extension}`;
}
