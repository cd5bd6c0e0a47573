// Record ids arriving in URLs ([id] segments) and forms: validated before any query, so a
// malformed id is a plain 404 or a form message and never reaches the database. The one place
// the id shape is written down; every schema takes its id field from here.
import { z } from "zod";

/** cuid-shaped ids, and the seeds' shorter deterministic ones: lower-case letters and digits. */
const recordIdPattern = /^[a-z0-9]{1,40}$/;

export const recordIdSchema = z.string().regex(recordIdPattern);

/** A form or query field holding a record id; a missing or malformed one fails with `message`. */
export function recordIdField(message: string) {
  return z.string({ message }).regex(recordIdPattern, message);
}

export function isRecordId(value: string): boolean {
  return recordIdSchema.safeParse(value).success;
}
