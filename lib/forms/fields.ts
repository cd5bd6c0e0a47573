// zod pieces for what people type into forms, shared by every domain's schemas: lists from
// checkboxes and repeated fields, whole numbers with thousands dots, rupiah amounts. Errors are
// the message keys each caller gives. Pure.
import { z } from "zod";

/** A field sent once, many times (checkboxes, several inputs of one name) or not at all, as a list. */
export const formList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/** A whole number typed in a field (dots as thousands separators), within [min, max]; empty is null. */
export function wholeNumberField(min: number, max: number, message: string) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? "").trim().replace(/\./g, "");
      if (value === "") return null;
      const number = /^-?\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
      if (Number.isNaN(number) || number < min || number > max) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });
}

/** 10^18 rupiah: far above any IKM, well inside BigInt and PostgreSQL bigint. */
const maxRupiahDigits = 18;

export type RupiahParse = { ok: true; value: bigint | null } | { ok: false; error: "invalid" | "negative" | "tooLarge" };

/**
 * Whole rupiah as people type them: "1.500.000", "Rp 1.500.000", "1500000", "1 500 000" or
 * "1.500.000,00". Empty means unknown (null). Pure, so forms can preview with it.
 */
export function parseRupiah(raw: string): RupiahParse {
  let value = raw.trim().replace(/^rp\.?\s*/i, "");
  if (value === "") return { ok: true, value: null };
  if (value.startsWith("-")) return { ok: false, error: "negative" };
  value = value.replace(/,0{1,2}$/, "").replace(/[\s.\u00a0]/g, "");
  if (!/^\d+$/.test(value)) return { ok: false, error: "invalid" };
  value = value.replace(/^0+(?=\d)/, "");
  if (value.length > maxRupiahDigits) return { ok: false, error: "tooLarge" };
  return { ok: true, value: BigInt(value) };
}

/** A saved amount as the field shows it again: "15.000.000" (thousands dots, as parseRupiah reads back); empty for null. */
export function rupiahInputValue(value: bigint | null): string {
  return value === null ? "" : value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A rupiah amount field; empty is null. */
export function rupiahField(messages: Record<Exclude<RupiahParse, { ok: true }>["error"], string>) {
  return z
    .string({ message: messages.invalid })
    .optional()
    .transform((raw, context) => {
      const parsed = parseRupiah(raw ?? "");
      if (parsed.ok) return parsed.value;
      context.addIssue({ code: "custom", message: messages[parsed.error] });
      return z.NEVER;
    });
}
