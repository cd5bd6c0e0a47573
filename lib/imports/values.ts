// Small pure pieces the import's validators share: reading labels back into codes (the SIINas
// download writes "Usaha mikro", "CV", "kg"), Indonesian row messages from message keys, name
// normalisation and similarity for duplicate detection, and value equality. Pure.
import { catalogs } from "@/lib/i18n/messages";
import { normalizeHeader } from "./fields";

/**
 * A message key of any namespace ("EnterpriseProfile.errors.rupiahInvalid", "ImportErrors.row.required")
 * in Indonesian, its {placeholders} filled. The row messages are plain sentences, so a lookup does
 * what next-intl's translator would, and the command line (react-server condition) can load it.
 */
export function rowMessage(key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = catalogs.id;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== "string") return key;
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Reads a label, a code or a variant back to the code: "Usaha mikro", "mikro" and "MIKRO" -> MIKRO. */
export function codeReader<Code extends string>(labels: Record<Code, string>, extra: Record<string, Code> = {}) {
  const lookup = new Map<string, Code>();
  const add = (text: string, code: Code) => {
    const key = normalizeHeader(text);
    if (key !== "" && !lookup.has(key)) lookup.set(key, code);
  };
  for (const [code, label] of Object.entries(labels) as [Code, string][]) {
    add(code, code);
    add(label, code);
    // "Usaha Dagang (UD)" also as "UD" and "Usaha Dagang".
    for (const part of label.split(/[()]/)) add(part, code);
  }
  for (const [text, code] of Object.entries(extra)) add(text, code);
  return {
    read: (raw: string): Code | undefined => lookup.get(normalizeHeader(raw)),
    allowed: Object.values<string>(labels).join(", "),
  };
}

/** "Ya"/"Tidak" and their usual variants; undefined for anything else. */
export function readYesNo(raw: string): boolean | undefined {
  const key = normalizeHeader(raw);
  if (["ya", "y", "yes", "iya", "1", "true", "siap"].includes(key)) return true;
  if (["tidak", "t", "no", "n", "0", "false", "belum", "tdk"].includes(key)) return false;
  return undefined;
}

/** Several values in one cell: "MY, SG; JP" -> ["MY", "SG", "JP"]. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,;/\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

const legalWords = new Set(["cv", "ud", "pt", "tbk", "koperasi", "kop", "pd", "ukm", "ikm", "usaha", "industri", "home", "toko"]);

/** A business name for comparison: lower case, no accents or punctuation, no legal-form words ("CV", "UD"). */
export function normalizeName(raw: string): string {
  const words = normalizeHeader(raw).split(" ");
  const kept = words.filter((word) => !legalWords.has(word));
  return (kept.length > 0 ? kept : words).join(" ");
}

const numbersOf = (normalized: string) => (normalized.match(/\d+/g) ?? []).join(" ");

// Names repeat across a run's chunks (the same nearby enterprises): their trigrams are kept.
const trigramCache = new Map<string, Set<string>>();
function trigramsOf(normalized: string): Set<string> {
  let grams = trigramCache.get(normalized);
  if (!grams) {
    if (trigramCache.size > 50_000) trigramCache.clear();
    grams = trigrams(normalized);
    trigramCache.set(normalized, grams);
  }
  return grams;
}

function trigrams(normalized: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalized.split(" ")) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/**
 * Trigram similarity of two names, as pg_trgm computes it (shared trigrams over all trigrams of
 * both, words padded): 1 for the same words, 0 for nothing in common. Typos and a missing word
 * keep it high ("Batik Sekar Jagad" / "Batik Sekar Jagat" 0.6), different businesses of one
 * trade stay low ("Batik Sekar" / "Batik Semarang" 0.33).
 */
export function nameSimilarity(a: string, b: string): number {
  const leftName = normalizeName(a);
  const rightName = normalizeName(b);
  // "Sentra Tahu 12" and "Sentra Tahu 21" are two businesses: numbers in names must agree.
  if (numbersOf(leftName) !== numbersOf(rightName)) return 0;
  const left = trigramsOf(leftName);
  const right = trigramsOf(rightName);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Names at least this similar in the same kelurahan are shown to staff as possible duplicates. */
export const similarNameThreshold = 0.5;

/** A stored or imported value in the one form both are compared in (BigInt as its digits, lists as written). */
export type FieldValue = string | number | boolean | string[] | null;

export function isEmptyValue(value: FieldValue | undefined): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = Array.isArray(a) ? [...a].sort() : [];
    const right = Array.isArray(b) ? [...b].sort() : [];
    return left.length === right.length && left.every((value, index) => value === right[index]);
  }
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  return a === b;
}

/** Digits of a phone number with the country code as 0 ("+62 812-3" and "0812 3" are the same line). */
export function phoneKey(raw: string): string {
  const digits = raw.replace(/\D/g, "");
  return digits.startsWith("62") ? `0${digits.slice(2)}` : digits;
}
