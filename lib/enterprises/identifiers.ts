// NIB and NPWP: normalise what people type, check it, format it for display. Pure.
// Checks return message keys; lengths that facts.md marks uncertain only warn.

/** Outcome of a soft format check: a hard error, a warning to show beside an accepted value, or fine. */
export type FormatCheck =
  | { ok: true }
  | { ok: true; warning: string; values: Record<string, string | number> }
  | { ok: false; error: string; values: Record<string, string | number> };

/** Spaces (including non-breaking ones), dots and dashes, as people group these numbers. */
const separators = /[\s.\-\u2010-\u2015]/g;

/** Strips the separators people type between digit groups. */
export function stripSeparators(raw: string): string {
  return raw.replace(separators, "");
}

export function normalizeNib(raw: string): string {
  return stripSeparators(raw);
}

export function normalizeNpwp(raw: string): string {
  return stripSeparators(raw);
}

export const nibLength = 13;

/**
 * NIB: 13 digits in OSS practice, but facts.md could not confirm the length in the
 * regulation, so any other count of digits is accepted with a warning. Letters or other
 * symbols are rejected: an NIB is a number.
 */
export function checkNib(raw: string): FormatCheck {
  const value = normalizeNib(raw);
  if (value === "") return { ok: false, error: "Enterprise.nib.required", values: {} };
  if (!/^\d+$/.test(value)) return { ok: false, error: "Enterprise.nib.digitsOnly", values: {} };
  if (value.length !== nibLength) {
    return { ok: true, warning: "Enterprise.nib.unusualLength", values: { length: value.length, expected: nibLength } };
  }
  return { ok: true };
}

/**
 * NPWP: 15 digits (the old 99.999.999.9-999.999 form) or 16 digits (the NIK-based NPWP of
 * individuals and the 0-prefixed NPWP of entities, used since 2024). Other lengths are
 * accepted with a warning rather than refused, so an unusual but real number never blocks
 * a registration.
 */
export function checkNpwp(raw: string): FormatCheck {
  const value = normalizeNpwp(raw);
  if (value === "") return { ok: false, error: "Enterprise.npwp.required", values: {} };
  if (!/^\d+$/.test(value)) return { ok: false, error: "Enterprise.npwp.digitsOnly", values: {} };
  if (value.length !== 15 && value.length !== 16) {
    return { ok: true, warning: "Enterprise.npwp.unusualLength", values: { length: value.length } };
  }
  return { ok: true };
}

/** NIB for display: its digits, ungrouped, as OSS prints it. Unchanged input when it is not all digits. */
export function formatNib(raw: string): string {
  const value = normalizeNib(raw);
  return /^\d+$/.test(value) ? value : raw.trim();
}

/**
 * NPWP for display: 15 digits as 99.999.999.9-999.999; 16 digits ungrouped, as DJP prints
 * the new NPWP. Anything else comes back trimmed and unchanged.
 */
export function formatNpwp(raw: string): string {
  const value = normalizeNpwp(raw);
  if (/^\d{15}$/.test(value)) {
    return `${value.slice(0, 2)}.${value.slice(2, 5)}.${value.slice(5, 8)}.${value.slice(8, 9)}-${value.slice(9, 12)}.${value.slice(12)}`;
  }
  if (/^\d{16}$/.test(value)) return value;
  return raw.trim();
}
