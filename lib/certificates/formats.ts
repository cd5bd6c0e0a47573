// Certificate numbers per type, validity on a date, and which renewal reminder is due. Pure.
// Formats facts.md marks [UNCERTAIN] only warn; a wrong prefix or stray symbols are errors.
import type { CertificateType } from "@/lib/generated/prisma/enums";
import { type FormatCheck, stripSeparators } from "@/lib/enterprises/identifiers";

export const certificateNumberMaxLength = 100;

const upper = (raw: string) => stripSeparators(raw).toUpperCase();

/** What people copy from a label before the number itself: "P-IRT No.", "BPOM RI". */
const labelPrefixes: Partial<Record<CertificateType, RegExp>> = {
  PIRT: /^\s*(?:SPP[\s-]*)?P[\s-]*IRT\s*(?:NO\.?|NOMOR)?\s*:?\s*/i,
  BPOM_MD: /^\s*(?:BPOM\s*(?:RI)?)\s*/i,
};

/**
 * The number as stored: coded numbers (Halal, P-IRT, BPOM, Merek) without separators and
 * upper-cased; free-text numbers (SNI, ISO, other) only trimmed, since their punctuation
 * is part of the number.
 */
export function normalizeCertificateNumber(type: CertificateType, raw: string): string {
  const prefix = labelPrefixes[type];
  const withoutLabel = prefix ? raw.replace(prefix, "") : raw;
  switch (type) {
    case "HALAL":
    case "PIRT":
    case "BPOM_MD":
    case "HKI_MEREK":
      return upper(withoutLabel);
    default:
      return withoutLabel.trim().replace(/\s+/g, " ");
  }
}

const ok: FormatCheck = { ok: true };
const error = (key: string, values: Record<string, string | number> = {}): FormatCheck => ({ ok: false, error: key, values });
const warning = (key: string, values: Record<string, string | number> = {}): FormatCheck => ({ ok: true, warning: key, values });

/**
 * Halal (BPJPH): "ID" then digits. The total length is not documented; the known example
 * has 14 digits and current numbers run longer, so 14–17 digits pass and the rest warn.
 */
function checkHalal(value: string): FormatCheck {
  if (!/^ID\d+$/.test(value)) return error("Certificate.number.halal.format");
  const digits = value.length - 2;
  return digits >= 14 && digits <= 17 ? ok : warning("Certificate.number.halal.unusualLength", { length: digits });
}

/** SPP-IRT: 15 digits, often written 13 + "-" + 2; OSS-era numbers may differ, so other lengths warn. */
function checkPirt(value: string): FormatCheck {
  if (!/^\d+$/.test(value)) return error("Certificate.number.pirt.digitsOnly");
  return value.length === 15 ? ok : warning("Certificate.number.pirt.unusualLength", { length: value.length });
}

/** BPOM MD: "MD" then 12 digits (stated in 2014, unverified since): other lengths warn. */
function checkBpomMd(value: string): FormatCheck {
  if (/^(ML|NA|TR|SD|FF|SI)\d/.test(value)) return error("Certificate.number.bpom.notMd", { prefix: value.slice(0, 2) });
  if (!/^MD\d+$/.test(value)) return error("Certificate.number.bpom.format");
  const digits = value.length - 2;
  return digits === 12 ? ok : warning("Certificate.number.bpom.unusualLength", { length: digits });
}

/**
 * Merek (DJKI): a registration number is "IDM" plus digits. An application number (D/J
 * + "ID" + year ...) means the mark is not registered yet: accepted, with a warning.
 */
function checkMerek(value: string): FormatCheck {
  if (/^IDM\d+$/.test(value)) return ok;
  if (/^[DJ]ID\d+$/.test(value)) return warning("Certificate.number.merek.applicationNumber");
  return warning("Certificate.number.merek.unusualFormat");
}

/** SPPT SNI numbers differ per certification body; warn when only the standard's own number was typed. */
function checkSni(value: string): FormatCheck {
  return /^SNI\s*[\d\s.:\-/]+$/i.test(value) ? warning("Certificate.number.sni.standardNumber") : ok;
}

export function checkCertificateNumber(type: CertificateType, raw: string): FormatCheck {
  const value = normalizeCertificateNumber(type, raw);
  if (value === "") return error("Certificate.number.required");
  if (value.length > certificateNumberMaxLength) {
    return error("Certificate.number.tooLong", { max: certificateNumberMaxLength });
  }
  switch (type) {
    case "HALAL":
      return checkHalal(value);
    case "PIRT":
      return checkPirt(value);
    case "BPOM_MD":
      return checkBpomMd(value);
    case "HKI_MEREK":
      return checkMerek(value);
    case "SNI":
      return checkSni(value);
    case "ISO":
    case "OTHER":
      return ok;
  }
}

/**
 * Whether the form should insist on an expiry date. Halal certificates issued under UU 6/2023
 * stay valid while ingredients and process are unchanged; "other" may be anything.
 */
export function expiryRequired(type: CertificateType): boolean {
  return type !== "HALAL" && type !== "OTHER";
}

// ---------------------------------------------------------------- validity and reminders

export type CertificateValidityStatus = "valid" | "expiring" | "expired" | "noExpiry";

/** Renewal reminders go out at these days before expiry; "expiring" starts at the first. */
export const reminderDays = [60, 30, 7] as const;
export type ReminderDay = (typeof reminderDays)[number];
export const expiringWithinDays = 60;

const dayMs = 24 * 60 * 60 * 1000;
/** WIB is UTC+7 all year (no daylight saving), so the city's calendar day needs no Intl. */
const jakartaOffsetMs = 7 * 60 * 60 * 1000;

/** Day number of an expiry date: stored as a date (@db.Date, 00:00 UTC), so its UTC calendar day. */
function expiryDay(expiresAt: Date): number {
  return Math.floor(expiresAt.getTime() / dayMs);
}

/** Day number of "today" in Semarang for an instant. */
function jakartaDay(instant: Date): number {
  return Math.floor((instant.getTime() + jakartaOffsetMs) / dayMs);
}

/**
 * Whole days from today (in WIB) to the expiry date. A certificate is valid through its
 * expiry day: 0 is its last day, -1 the first day it is expired.
 */
export function daysUntilExpiry(expiresAt: Date, onDate: Date): number {
  return expiryDay(expiresAt) - jakartaDay(onDate);
}

export function certificateValidity(
  cert: { expiresAt: Date | null },
  onDate: Date,
): { status: CertificateValidityStatus; daysLeft: number | null } {
  if (!cert.expiresAt) return { status: "noExpiry", daysLeft: null };
  const daysLeft = daysUntilExpiry(cert.expiresAt, onDate);
  if (daysLeft < 0) return { status: "expired", daysLeft };
  if (daysLeft <= expiringWithinDays) return { status: "expiring", daysLeft };
  return { status: "valid", daysLeft };
}

/**
 * The reminder to send today, or null. `alreadySent` lists the reminders (60, 30, 7) already
 * sent for this expiry date, so running the job twice sends nothing new the second time; the
 * caller clears it when the certificate is renewed. Only the most urgent reminder is due: a
 * job that was down for weeks sends the 7-day one, not three at once. Nothing is due once the
 * certificate has expired (that is a different message); the expiry day itself still counts.
 */
export function reminderDue(expiresAt: Date, today: Date, alreadySent: readonly number[]): ReminderDay | null {
  const daysLeft = daysUntilExpiry(expiresAt, today);
  if (daysLeft < 0) return null;
  const due = [...reminderDays].reverse().find((day) => daysLeft <= day);
  if (due === undefined) return null;
  // A more urgent reminder already sent makes this one pointless.
  if (alreadySent.some((sent) => sent <= due)) return null;
  return due;
}
