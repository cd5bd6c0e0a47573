// HS codes as BTKI 2022 pos tarif: 8 digits, stored without dots, shown as xxxx.xx.xx. Pure.

export type HsCodeCheck =
  | { ok: true; code: string }
  | { ok: false; error: string; values: Record<string, string | number> };

export const hsCodeLength = 8;

/** "5208.52.00", "5208 52 00" and "5208-52-00" all become "52085200". */
export function normalizeHsCode(raw: string): string {
  return raw.replace(/[\s.\-\u2010-\u2015]/g, "");
}

/**
 * HS chapters run 01–97; chapter 77 is reserved in HS 2022 and unused. BTKI also uses
 * chapter 98 for special national lines, so 98 is allowed; 00 and 99 are not chapters.
 */
function knownChapter(code: string): boolean {
  const chapter = Number(code.slice(0, 2));
  return chapter >= 1 && chapter <= 98 && chapter !== 77;
}

export function checkHsCode(raw: string): HsCodeCheck {
  const code = normalizeHsCode(raw);
  if (code === "") return { ok: false, error: "Product.hsCode.required", values: {} };
  if (!/^\d+$/.test(code)) return { ok: false, error: "Product.hsCode.digitsOnly", values: {} };
  // A 6-digit code is the international HS subheading: it needs the 2 national digits.
  if (code.length === 6) return { ok: false, error: "Product.hsCode.sixDigits", values: { code } };
  if (code.length !== hsCodeLength) {
    return { ok: false, error: "Product.hsCode.length", values: { length: code.length, expected: hsCodeLength } };
  }
  if (!knownChapter(code)) return { ok: false, error: "Product.hsCode.unknownChapter", values: { chapter: code.slice(0, 2) } };
  return { ok: true, code };
}

export function isHsCode(raw: string): boolean {
  return checkHsCode(raw).ok;
}

/** "52085200" -> "5208.52.00". Input that is not an 8-digit code comes back trimmed and unchanged. */
export function formatHsCode(raw: string): string {
  const code = normalizeHsCode(raw);
  if (!/^\d{8}$/.test(code)) return raw.trim();
  return `${code.slice(0, 4)}.${code.slice(4, 6)}.${code.slice(6)}`;
}
