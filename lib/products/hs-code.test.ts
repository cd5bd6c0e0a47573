import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { checkHsCode, formatHsCode, type HsCodeCheck, isHsCode, normalizeHsCode } from "./hs-code";

function shown(check: HsCodeCheck, locale: "id" | "en" = "id"): string {
  if (check.ok) throw new Error("expected an error");
  const errors: string[] = [];
  const translator = createTranslator({ locale, messages: catalogs[locale], onError: (error) => errors.push(error.message) });
  // Keys here are computed at run time; the typed translator only takes literal keys.
  const t = translator as unknown as (key: string, values: Record<string, string | number>) => string;
  const text = t(check.error, check.values);
  expect(errors).toEqual([]);
  return text;
}

describe("normalizeHsCode", () => {
  it("strips dots, spaces and dashes", () => {
    expect(normalizeHsCode("5208.52.00")).toBe("52085200");
    expect(normalizeHsCode(" 5208 52 00 ")).toBe("52085200");
    expect(normalizeHsCode("5208-52-00")).toBe("52085200");
  });
});

describe("checkHsCode", () => {
  it("accepts an 8-digit BTKI 2022 code in any common notation", () => {
    expect(checkHsCode("5208.52.00")).toEqual({ ok: true, code: "52085200" });
    expect(checkHsCode("03052000")).toEqual({ ok: true, code: "03052000" });
    expect(isHsCode("1905.90.90")).toBe(true);
  });

  it("rejects an empty code", () => {
    expect(checkHsCode("  ")).toMatchObject({ ok: false, error: "Product.hsCode.required" });
  });

  it("rejects letters", () => {
    expect(checkHsCode("5208.52.0O")).toMatchObject({ ok: false, error: "Product.hsCode.digitsOnly" });
  });

  it("explains that a 6-digit international code needs the national digits", () => {
    const check = checkHsCode("5208.52");
    expect(check).toMatchObject({ ok: false, error: "Product.hsCode.sixDigits", values: { code: "520852" } });
    expect(shown(check)).toBe(
      "520852 adalah kode HS internasional 6 angka. Lengkapi menjadi 8 angka pos tarif BTKI 2022, misalnya 5208.52.00.",
    );
  });

  it("rejects other lengths, including the 10-digit codes of BTKI 2017", () => {
    expect(checkHsCode("5208520000")).toMatchObject({ ok: false, error: "Product.hsCode.length", values: { length: 10 } });
    expect(checkHsCode("5208")).toMatchObject({ ok: false, error: "Product.hsCode.length", values: { length: 4 } });
    expect(isHsCode("520852001")).toBe(false);
  });

  it("rejects chapters that do not exist", () => {
    expect(checkHsCode("00001234")).toMatchObject({ ok: false, error: "Product.hsCode.unknownChapter", values: { chapter: "00" } });
    expect(checkHsCode("77001234")).toMatchObject({ ok: false, error: "Product.hsCode.unknownChapter" });
    expect(checkHsCode("99001234")).toMatchObject({ ok: false, error: "Product.hsCode.unknownChapter" });
    expect(checkHsCode("97011000").ok).toBe(true);
  });

  it("renders every error in both languages", () => {
    for (const input of ["", "x", "520852", "52", "00000000"]) {
      expect(shown(checkHsCode(input), "id")).not.toContain("{");
      expect(shown(checkHsCode(input), "en")).not.toContain("{");
    }
  });
});

describe("formatHsCode", () => {
  it("shows an 8-digit code as xxxx.xx.xx", () => {
    expect(formatHsCode("52085200")).toBe("5208.52.00");
    expect(formatHsCode("5208 52 00")).toBe("5208.52.00");
  });

  it("leaves anything else as typed", () => {
    expect(formatHsCode(" 5208 ")).toBe("5208");
  });
});
