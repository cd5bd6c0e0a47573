// Mail captured as .eml files (when no SMTP server is configured): where the files go, and
// a small RFC 822 / MIME reader for the development mail page and the tests. It reads what
// lib/mail/transport.ts writes (UTF-8, quoted-printable or base64 parts, multipart/alternative),
// not every message the world could send. No Next.js or env imports: e2e tests use it too.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export interface CapturedMail {
  /** The file name, e.g. "20261128T062130123Z-1a2b3c4d.eml". */
  id: string;
  date: Date;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Attached files (an event's .ics), their text decoded. */
  attachments: CapturedAttachment[];
}

export interface CapturedAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export function capturedMailDir(dataDir: string): string {
  return path.join(dataDir, "mail");
}

/** Names sort by time: "<UTC timestamp>-<random>.eml". */
export function capturedMailFileName(now: Date = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, "")}-${crypto.randomBytes(4).toString("hex")}.eml`;
}

type Headers = Map<string, string>;

interface Part {
  headers: Headers;
  /** Raw bytes of the body, one JS character per byte (latin1). */
  body: string;
}

function splitPart(raw: string): Part {
  const end = raw.indexOf("\n\n");
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? "" : raw.slice(end + 2);
  const headers: Headers = new Map();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i").exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

function decodeBytes(bytes: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function quotedPrintableBytes(body: string): Buffer {
  const joined = body.replace(/=\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const charset = parameter(part.headers.get("content-type") ?? "", "charset");
  const bytes =
    encoding === "base64"
      ? Buffer.from(part.body.replace(/\s+/g, ""), "base64")
      : encoding === "quoted-printable"
        ? quotedPrintableBytes(part.body)
        : Buffer.from(part.body, "latin1");
  return decodeBytes(bytes, charset).replace(/\r\n/g, "\n").replace(/\n$/, "");
}

/** RFC 2047 encoded words in headers: "=?UTF-8?Q?Halo_Budi?=" -> "Halo Budi". */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, "$1")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_word, charset: string, kind: string, text: string) => {
      const bytes =
        kind.toUpperCase() === "B" ? Buffer.from(text, "base64") : quotedPrintableBytes(text.replace(/_/g, " "));
      return decodeBytes(bytes, charset);
    });
}

type Leaves = { text: string | null; html: string | null; attachments: CapturedAttachment[] };

/** The text/plain and text/html leaves of a (possibly nested multipart) part, and its attachments. */
function leaves(part: Part): Leaves {
  const type = part.headers.get("content-type") ?? "text/plain";
  const disposition = part.headers.get("content-disposition") ?? "";
  if (/^multipart\//i.test(type)) {
    const boundary = parameter(type, "boundary");
    const result: Leaves = { text: null, html: null, attachments: [] };
    if (!boundary) return result;
    const sections = part.body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith("--")) break;
      const found = leaves(splitPart(section.replace(/^\n/, "")));
      result.text ??= found.text;
      result.html ??= found.html;
      result.attachments.push(...found.attachments);
    }
    return result;
  }
  if (/^attachment/i.test(disposition)) {
    const filename = decodeHeader(parameter(disposition, "filename") ?? parameter(type, "name") ?? "");
    return { text: null, html: null, attachments: [{ filename, contentType: type.split(";")[0]!.trim().toLowerCase(), content: decodeBody(part) }] };
  }
  if (/^text\/html/i.test(type)) return { text: null, html: decodeBody(part), attachments: [] };
  if (/^text\/plain/i.test(type)) return { text: decodeBody(part), html: null, attachments: [] };
  return { text: null, html: null, attachments: [] };
}

/** Parses a message read as bytes (a Buffer, or a latin1 string of them). */
export function parseEml(raw: Buffer | string, id = ""): CapturedMail {
  const binary = (typeof raw === "string" ? raw : raw.toString("latin1")).replace(/\r\n/g, "\n");
  const message = splitPart(binary);
  const header = (name: string) => decodeHeader(decodeBytes(Buffer.from(message.headers.get(name) ?? "", "latin1"), "utf-8"));
  const { text, html, attachments } = leaves(message);
  const date = new Date(message.headers.get("date") ?? "");
  return {
    id,
    date: Number.isNaN(date.getTime()) ? new Date(0) : date,
    from: header("from"),
    to: header("to"),
    subject: header("subject"),
    text: text ?? "",
    html,
    attachments,
  };
}

/** Captured messages, newest first (at most `limit`); none when the folder does not exist. */
export async function listCapturedMail(dir: string, limit = 50): Promise<CapturedMail[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => name.endsWith(".eml"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  names.sort().reverse();
  return Promise.all(names.slice(0, limit).map(async (name) => parseEml(await fs.readFile(path.join(dir, name)), name)));
}

/** The http(s) links in a text, in order. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"']+/g)].map((match) => match[0]);
}

/** Bare address of a header value: "Budi <budi@contoh.id>" -> "budi@contoh.id". */
export function addressOf(value: string): string {
  return (/<([^>]+)>/.exec(value)?.[1] ?? value).trim().toLowerCase();
}
