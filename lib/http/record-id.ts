// Record ids arriving in URLs ([id] segments): validated before any query, so a malformed
// segment is a plain 404 and never reaches the database.
import { z } from "zod";

/** cuid-shaped ids, and the seeds' shorter deterministic ones: lower-case letters and digits. */
export const recordIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/);

export function isRecordId(value: string): boolean {
  return recordIdSchema.safeParse(value).success;
}
