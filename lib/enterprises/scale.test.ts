import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { classifyBusinessScale, type MessageRef } from "./scale";

const billion = 1_000_000_000n;

/** Renders a message as the UI would; fails on a missing key or value. */
function render(ref: MessageRef, locale: "id" | "en" = "id"): string {
  const errors: string[] = [];
  const translator = createTranslator({ locale, messages: catalogs[locale], onError: (error) => errors.push(error.message) });
  // Keys here are computed at run time; the typed translator only takes literal keys.
  const t = translator as unknown as (key: string, values: MessageRef["values"]) => string;
  const text = t(ref.key, ref.values);
  expect(errors).toEqual([]);
  return text;
}

describe("classifyBusinessScale by capital alone", () => {
  it.each([
    [0n, "MIKRO"],
    [1n * billion, "MIKRO"],
    [1n * billion + 1n, "KECIL"],
    [5n * billion, "KECIL"],
    [5n * billion + 1n, "MENENGAH"],
    [10n * billion, "MENENGAH"],
    [10n * billion + 1n, "BESAR"],
  ] as const)("Rp%s capital is %s", (capital, scale) => {
    const result = classifyBusinessScale({ capitalRupiah: capital });
    expect(result?.scale).toBe(scale);
    expect(result?.basis).toBe("capital");
  });
});

describe("classifyBusinessScale by sales alone", () => {
  it.each([
    [2n * billion, "MIKRO"],
    [2n * billion + 1n, "KECIL"],
    [15n * billion, "KECIL"],
    [15n * billion + 1n, "MENENGAH"],
    [50n * billion, "MENENGAH"],
    [50n * billion + 1n, "BESAR"],
  ] as const)("Rp%s annual sales is %s", (sales, scale) => {
    const result = classifyBusinessScale({ capitalRupiah: null, annualSalesRupiah: sales });
    expect(result?.scale).toBe(scale);
    expect(result?.basis).toBe("sales");
  });
});

describe("classifyBusinessScale with both figures", () => {
  it("says both decided when they agree", () => {
    const result = classifyBusinessScale({ capitalRupiah: 3n * billion, annualSalesRupiah: 10n * billion });
    expect(result).toMatchObject({ scale: "KECIL", basis: "both" });
    expect(result?.note).toBeUndefined();
  });

  it("takes the larger class when sales outgrow the capital band", () => {
    const result = classifyBusinessScale({ capitalRupiah: 500_000_000n, annualSalesRupiah: 20n * billion });
    expect(result).toMatchObject({ scale: "MENENGAH", basis: "sales" });
    expect(result?.note?.values).toEqual({ capitalScale: "MIKRO", salesScale: "MENENGAH" });
  });

  it("takes the larger class when capital outgrows the sales band", () => {
    const result = classifyBusinessScale({ capitalRupiah: 6n * billion, annualSalesRupiah: 1n * billion });
    expect(result).toMatchObject({ scale: "MENENGAH", basis: "capital" });
  });

  it("is exactly mikro at both mikro ceilings and kecil one rupiah above either", () => {
    expect(classifyBusinessScale({ capitalRupiah: 1n * billion, annualSalesRupiah: 2n * billion })?.scale).toBe("MIKRO");
    expect(classifyBusinessScale({ capitalRupiah: 1n * billion + 1n, annualSalesRupiah: 2n * billion })?.scale).toBe("KECIL");
    expect(classifyBusinessScale({ capitalRupiah: 1n * billion, annualSalesRupiah: 2n * billion + 1n })?.scale).toBe("KECIL");
  });

  it("is besar above both menengah ceilings", () => {
    expect(classifyBusinessScale({ capitalRupiah: 11n * billion, annualSalesRupiah: 51n * billion })).toMatchObject({
      scale: "BESAR",
      basis: "both",
    });
  });
});

describe("classifyBusinessScale without figures", () => {
  it("returns null when neither figure is known", () => {
    expect(classifyBusinessScale({})).toBeNull();
    expect(classifyBusinessScale({ capitalRupiah: null, annualSalesRupiah: null })).toBeNull();
  });

  it("refuses a negative figure", () => {
    expect(() => classifyBusinessScale({ capitalRupiah: -1n })).toThrow(RangeError);
  });
});

describe("the rule shown to the user", () => {
  it("names the thresholds of the band that applied", () => {
    const result = classifyBusinessScale({ capitalRupiah: 2n * billion });
    expect(result?.rule).toEqual({ key: "Enterprise.scale.rule.kecilByCapital", values: { capitalMin: 1, capitalMax: 5 } });
    expect(render(result!.rule)).toBe(
      "Usaha kecil: modal usaha (di luar tanah dan bangunan) lebih dari Rp1 miliar sampai dengan Rp5 miliar (PP 7/2021 Pasal 35).",
    );
    expect(render(result!.rule, "en")).toContain("more than IDR 1 billion up to IDR 5 billion");
  });

  it("has no upper limit for besar and no lower one for mikro", () => {
    expect(classifyBusinessScale({ annualSalesRupiah: 60n * billion })?.rule.values).toEqual({ salesMin: 50 });
    expect(classifyBusinessScale({ annualSalesRupiah: 1n })?.rule.values).toEqual({ salesMax: 2 });
  });

  it("renders every scale and basis in both languages", () => {
    const figures = [0n, 3n * billion, 8n * billion, 60n * billion];
    for (const capital of figures) {
      for (const sales of figures) {
        for (const input of [{ capitalRupiah: capital }, { annualSalesRupiah: sales }, { capitalRupiah: capital, annualSalesRupiah: sales }]) {
          const result = classifyBusinessScale(input);
          if (!result) throw new Error("expected a result");
          for (const locale of ["id", "en"] as const) {
            expect(render(result.rule, locale)).not.toContain("{");
            if (result.note) expect(render(result.note, locale)).not.toContain("{");
          }
        }
      }
    }
  });

  it("explains in Indonesian why the larger class counts", () => {
    const result = classifyBusinessScale({ capitalRupiah: 500_000_000n, annualSalesRupiah: 20n * billion });
    expect(render(result!.note!)).toBe(
      "Menurut modal usaha, usaha Anda tergolong usaha mikro, sedangkan menurut hasil penjualan tergolong usaha menengah. Kami memakai golongan yang lebih besar, karena PP 7/2021 menggolongkan usaha menurut modal usaha atau hasil penjualan.",
    );
  });
});
