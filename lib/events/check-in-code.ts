// Check-in codes: the random part of the address in a participant's QR code. Short enough to
// type from the printed agenda when a phone cannot scan, long enough that nobody guesses one.
// Pure.
import crypto from "node:crypto";
import { z } from "zod";

// No 0/o, 1/l/i: codes are read aloud and typed from paper.
const alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
const length = 10;

/** About 49 bits of randomness. */
export function newCheckInCode(): string {
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

/** Accepts the printed form too (upper case, a dash or spaces in it). */
export const checkInCodeSchema = z
  .string()
  .transform((value) => value.toLowerCase().replace(/[\s-]/g, ""))
  .pipe(z.string().regex(new RegExp(`^[${alphabet}]{${length}}$`)));

export function isCheckInCode(value: string): boolean {
  return checkInCodeSchema.safeParse(value).success;
}

/** The staff page the QR code opens. */
export function checkInPath(eventId: string, code: string): string {
  return `/staf/acara/${eventId}/hadir/${code}`;
}

/** "abcde23456" -> "abcde-23456", easier to read from paper. */
export function formatCheckInCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
