// Delivers a composed message: over SMTP (SMTP_URL) with nodemailer, or, without a server
// (development, tests, a demo), as an RFC 822 .eml file under <DATA_DIR>/mail that the
// development mail page and the tests read.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { capturedMailDir, capturedMailFileName } from "./captured";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Files sent along, e.g. an event's calendar entry (text/calendar). */
  attachments?: { filename: string; content: string; contentType: string }[];
}

let smtp: Transporter | undefined;

// Composes the message without sending it; `buffer` hands back the raw bytes.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });

export async function deliver(mail: OutgoingMail): Promise<void> {
  const config = env();
  const message = { from: config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments };
  if (config.SMTP_URL) {
    smtp ??= nodemailer.createTransport(config.SMTP_URL);
    await smtp.sendMail(message);
    return;
  }
  const info = await composer.sendMail(message);
  if (!Buffer.isBuffer(info.message)) throw new Error("The mail composer returned a stream, not a buffer");
  const dir = capturedMailDir(config.dataDir);
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, capturedMailFileName());
  // Written aside and renamed, so a reader polling the folder never sees half a message.
  await fs.writeFile(`${file}.partial`, info.message);
  await fs.rename(`${file}.partial`, file);
}

/** The development mail page (/dev/surat) exists only in development, while mail is captured. */
export function isDevMailPageEnabled(): boolean {
  const config = env();
  return config.NODE_ENV !== "production" && !config.SMTP_URL;
}
