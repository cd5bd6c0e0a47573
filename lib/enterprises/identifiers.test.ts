import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { checkNib, checkNpwp, type FormatCheck, formatNib, formatNpwp, normalizeNib, normalizeNpwp } from "./identifiers";

/** The message a check shows, rendered as the UI would; fails on a missing key or value. */
function shown(check: FormatCheck, locale: "id" | "en" = "id"): string | null {
  if (!("values" in check)) return null;
  const errors: string[] = [];
  const translator = createTranslator({ locale, messages: catalogs[locale], onError: (error) => errors.push(error.message) });
  // Keys here are computed at run time; the typed translator only takes literal keys.
  const t = translator as unknown as (key: string, values: Record<string, string | number>) => string;
  const text = t(check.ok ? check.warning : check.error, check.values);
  expect(errors).toEqual([]);
  return text;
}

describe("NIB", () => {
  it("accepts 13 digits, however they are grouped", () => {
    expect(checkNib("9120001234567")).toEqual({ ok: true });
    expect(checkNib(" 9120 0012 3456 7 ")).toEqual({ ok: true });
    expect(checkNib("9120-0012-34567")).toEqual({ ok: true });
    expect(normalizeNib("9120.0012.3456.7")).toBe("9120001234567");
  });

  it("rejects an empty value", () => {
    expect(checkNib("")).toMatchObject({ ok: false, error: "Enterprise.nib.required" });
    expect(checkNib(" - . ")).toMatchObject({ ok: false, error: "Enterprise.nib.required" });
  });

  it("rejects letters and symbols", () => {
    expect(checkNib("NIB 9120001234567")).toMatchObject({ ok: false, error: "Enterprise.nib.digitsOnly" });
    expect(checkNib("91200012345O7")).toMatchObject({ ok: false, error: "Enterprise.nib.digitsOnly" });
    expect(checkNib("9120/001234567")).toMatchObject({ ok: false, error: "Enterprise.nib.digitsOnly" });
  });

  it("only warns when the number of digits is not 13, since the length is unconfirmed", () => {
    const short = checkNib("912000123456");
    expect(short).toEqual({ ok: true, warning: "Enterprise.nib.unusualLength", values: { length: 12, expected: 13 } });
    expect(shown(short)).toBe("NIB biasanya 13 angka, sedangkan yang Anda isi 12 angka. Periksa lagi; bila memang benar, lanjutkan saja.");
    expect(checkNib("91200012345678")).toMatchObject({ ok: true, values: { length: 14 } });
  });

  it("shows every error and warning in both languages", () => {
    for (const input of ["", "abc", "123"]) {
      expect(shown(checkNib(input), "id")).toBeTruthy();
      expect(shown(checkNib(input), "en")).toBeTruthy();
    }
  });

  it("formats as plain digits, leaving anything else as typed", () => {
    expect(formatNib(" 9120 0012 3456 7")).toBe("9120001234567");
    expect(formatNib(" abc ")).toBe("abc");
  });
});

describe("NPWP", () => {
  it("accepts the dotted 15-digit display form", () => {
    expect(checkNpwp("01.234.567.8-901.000")).toEqual({ ok: true });
    expect(normalizeNpwp("01.234.567.8-901.000")).toBe("012345678901000");
  });

  it("accepts the 16-digit NPWP used since 2024", () => {
    expect(checkNpwp("3374012345678901")).toEqual({ ok: true });
    expect(checkNpwp("0012 3456 7890 1000")).toEqual({ ok: true });
  });

  it("rejects an empty value and anything but digits", () => {
    expect(checkNpwp("")).toMatchObject({ ok: false, error: "Enterprise.npwp.required" });
    expect(checkNpwp("01.234.567.8-901.ABC")).toMatchObject({ ok: false, error: "Enterprise.npwp.digitsOnly" });
  });

  it("warns, without refusing, on other lengths", () => {
    const check = checkNpwp("01.234.567.8-901.00");
    expect(check).toEqual({ ok: true, warning: "Enterprise.npwp.unusualLength", values: { length: 14 } });
    expect(shown(check, "en")).toBe("An NPWP usually has 15 or 16 digits; you entered 14. Please check it; if it is correct, carry on.");
    expect(shown(checkNpwp("x"), "en")).toContain("digits only");
    expect(shown(checkNpwp(""), "id")).toBe("Isi NPWP usaha Anda.");
  });

  it("formats 15 digits with dots and dash, 16 digits plain", () => {
    expect(formatNpwp("012345678901000")).toBe("01.234.567.8-901.000");
    expect(formatNpwp("01.234.567.8-901.000")).toBe("01.234.567.8-901.000");
    expect(formatNpwp("3374 0123 4567 8901")).toBe("3374012345678901");
    expect(formatNpwp(" 12345 ")).toBe("12345");
    expect(formatNpwp("n/a")).toBe("n/a");
  });
});
