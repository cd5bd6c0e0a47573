import { describe, expect, it } from "vitest";
import { parseRupiah } from "@/lib/forms/fields";
import { normalizePhone, normalizeWhatsapp } from "@/lib/enterprises/profile-contacts";
import { codeReader, nameSimilarity, normalizeName, phoneKey, readYesNo, sameValue, similarNameThreshold, splitList } from "./values";

describe("values in import files", () => {
  it("read rupiah as 'Rp 1.500.000' or '1500000' (the forms' parser)", () => {
    expect(parseRupiah("Rp 1.500.000")).toEqual({ ok: true, value: 1_500_000n });
    expect(parseRupiah("1500000")).toEqual({ ok: true, value: 1_500_000n });
    expect(parseRupiah("Rp1.500.000,00")).toEqual({ ok: true, value: 1_500_000n });
    expect(parseRupiah("satu juta").ok).toBe(false);
  });

  it("read phone and WhatsApp numbers (the forms' checks) and key them by digits", () => {
    expect(normalizeWhatsapp("0812-3456-7890")).toEqual({ ok: true, value: "6281234567890" });
    expect(normalizeWhatsapp("024 8312345").ok).toBe(false);
    expect(normalizePhone("(024) 831-2345")).toEqual({ ok: true, value: "(024) 831-2345" });
    expect(phoneKey("+62 812-3456-7890")).toBe(phoneKey("0812 3456 7890"));
  });

  it("read labels, codes and variants back to codes", () => {
    const scale = codeReader({ MIKRO: "Usaha mikro", KECIL: "Usaha kecil" });
    expect(scale.read("Usaha Mikro")).toBe("MIKRO");
    expect(scale.read("KECIL")).toBe("KECIL");
    expect(scale.read("raksasa")).toBeUndefined();
    const form = codeReader({ UD: "Usaha Dagang (UD)", CV: "CV" });
    expect(form.read("UD")).toBe("UD");
    expect(form.read("usaha dagang")).toBe("UD");
    expect(readYesNo("Ya")).toBe(true);
    expect(readYesNo("tidak")).toBe(false);
    expect(readYesNo("mungkin")).toBeUndefined();
    expect(splitList("MY, SG; JP")).toEqual(["MY", "SG", "JP"]);
  });

  it("find close names, not different businesses of one trade", () => {
    expect(normalizeName("CV. Batik Sekar Jagad")).toBe("batik sekar jagad");
    expect(nameSimilarity("CV Batik Sekar Jagad", "Batik Sekar Jagad")).toBe(1);
    expect(nameSimilarity("Batik Sekar Jagad", "Batik Sekar Jagat")).toBeGreaterThanOrEqual(similarNameThreshold);
    expect(nameSimilarity("Batik Sekar", "Batik Semarang")).toBeLessThan(similarNameThreshold);
    expect(nameSimilarity("Tahu Bakso Ibu Pudji", "Bandeng Presto Juwana")).toBeLessThan(0.1);
    // Numbered names are different businesses unless the numbers agree.
    expect(nameSimilarity("Usaha Olahan Pangan 12", "Usaha Olahan Pangan 21")).toBe(0);
    expect(nameSimilarity("Konveksi Jaya 2", "CV Konveksi Jaya 2")).toBe(1);
  });

  it("compare values with empty and list semantics", () => {
    expect(sameValue(null, "")).toBe(true);
    expect(sameValue(["SG", "MY"], ["MY", "SG"])).toBe(true);
    expect(sameValue("12", 12)).toBe(false);
  });
});
