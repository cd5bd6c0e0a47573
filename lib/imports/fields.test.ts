import { describe, expect, it } from "vitest";
import { importFields, matchHeaders, normalizeHeader, templateHeaders } from "./fields";

describe("header matching", () => {
  it("normalises case, spacing and punctuation", () => {
    expect(normalizeHeader("  No.  NIB ")).toBe("no nib");
    expect(normalizeHeader("Tenaga Kerja (orang)")).toBe("tenaga kerja orang");
    expect(normalizeHeader("E-mail")).toBe("e mail");
  });

  it("matches the usual Indonesian variants to the same fields", () => {
    const { mapping, unknown, missingRequired } = matchHeaders("smes", [
      "No. NIB",
      "Nama Perusahaan",
      "Kec.",
      "No HP",
      "WA",
      "KELURAHAN",
      "Jumlah Tenaga Kerja",
      "Omzet per tahun (Rp)",
      "E-mail",
      "Nomor Induk Berusaha",
    ]);
    expect(mapping).toEqual(["nib", "legalName", "kecamatan", "phone", "whatsapp", "kelurahan", "workforce", "annualSalesRupiah", "email", null]);
    // A second column for a field already taken is not silently used.
    expect(unknown).toEqual(["Nomor Induk Berusaha"]);
    expect(missingRequired).toEqual([]);
  });

  it("accepts 'Nama Usaha' and 'Telepon' as well as their variants", () => {
    expect(matchHeaders("smes", ["Nama Usaha", "Kecamatan", "Telepon", "NIB"]).mapping).toEqual(["legalName", "kecamatan", "phone", "nib"]);
  });

  it("lists unknown headers and missing required fields, and takes staff's mapping", () => {
    const result = matchHeaders("smes", ["Nama Usaha", "Wilayah", "Catatan"]);
    expect(result.unknown).toEqual(["Wilayah", "Catatan"]);
    expect(result.missingRequired).toEqual(["Kecamatan"]);
    const mapped = matchHeaders("smes", ["Nama Usaha", "Wilayah", "Catatan"], { Wilayah: "kecamatan", Catatan: "" });
    expect(mapped.mapping).toEqual(["legalName", "kecamatan", null]);
    expect(mapped.unknown).toEqual([]);
    expect(mapped.missingRequired).toEqual([]);
  });

  it("maps every template header back to its own field", () => {
    for (const kind of ["smes", "products", "buyers"] as const) {
      const headers = templateHeaders(kind);
      const { mapping, unknown } = matchHeaders(kind, headers);
      expect(unknown).toEqual([]);
      const byHeader = new Map(importFields(kind).map((field) => [field.header, field.field]));
      expect(mapping).toEqual(headers.map((header) => byHeader.get(header)));
    }
  });
});
