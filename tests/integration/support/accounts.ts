// Helpers for the account lifecycle tests: unique addresses, captured mail.
import { env } from "@/lib/env";
import { backgroundMailSettled } from "@/lib/mail/background";
import { addressOf, type CapturedMail, capturedMailDir, linksIn, listCapturedMail } from "@/lib/mail/captured";

export const initial = { ok: false };

// Captured mail stays in DATA_DIR between runs and tests: every address is new.
const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
let counter = 0;

export function uniqueEmail(name: string): string {
  counter += 1;
  return `${name}.${run}.${counter}@contoh.test`;
}

/** Messages to an address, newest first, once the mail work started so far has finished. */
export async function mailTo(email: string): Promise<CapturedMail[]> {
  await backgroundMailSettled();
  // Every message, not the newest few: files are named by the clock the sender read, and a test
  // that fakes an earlier date sends mail that sorts behind everything else in the folder.
  const all = await listCapturedMail(capturedMailDir(env().dataDir), Number.POSITIVE_INFINITY);
  return all.filter((mail) => addressOf(mail.to) === email.toLowerCase());
}

/** The link a message asks the reader to open. */
export function linkIn(mail: CapturedMail | undefined): string {
  const link = mail ? linksIn(mail.text)[0] : undefined;
  if (!link) throw new Error(`No link in ${mail ? `"${mail.subject}"` : "a missing message"}`);
  return link;
}
