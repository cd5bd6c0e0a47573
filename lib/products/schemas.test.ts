import { describe, expect, it } from "vitest";
import { createProductSchema, slugBase, updateProductSchema } from "./schemas";

const valid = {
  nameId: "Kerupuk Ikan Tenggiri",
  descriptionId: "Kerupuk ikan tenggiri asli Bandarharjo, kemasan 250 gram.",
  kbliCode: "10794",
  unit: "pak",
};

const errorsOf = (input: Record<string, unknown>) => {
  const result = createProductSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe("createProductSchema", () => {
  it("takes HS codes with or without dots and rupiah as people type them", () => {
    for (const hsCode of ["0902.10.10", "09021010", " 0902 10 10 "]) {
      const result = createProductSchema.parse({ ...valid, hsCode, priceMin: "1.500.000", priceMax: "Rp 2.000.000" });
      expect(result).toMatchObject({ hsCode: "09021010", priceMin: 1_500_000n, priceMax: 2_000_000n });
    }
    expect(createProductSchema.parse({ ...valid, hsCode: "" }).hsCode).toBeNull();
  });

  it("gives each malformed field its own message key", () => {
    expect(errorsOf({ ...valid, hsCode: "0902.1" })).toEqual({ hsCode: "Products.errors.hsLength" });
    expect(errorsOf({ ...valid, hsCode: "abcd1234" })).toEqual({ hsCode: "Products.errors.hsDigitsOnly" });
    expect(errorsOf({ ...valid, hsCode: "090210" })).toEqual({ hsCode: "Products.errors.hsSixDigits" });
    expect(errorsOf({ ...valid, monthlyCapacity: "-1" })).toEqual({ monthlyCapacity: "Products.errors.capacityInvalid" });
    expect(errorsOf({ ...valid, priceMin: "dua ribu" })).toEqual({ priceMin: "Products.errors.priceInvalid" });
    expect(errorsOf({ ...valid, priceMin: "5.000", priceMax: "4.000" })).toEqual({ priceMax: "Products.errors.priceOrder" });
    expect(errorsOf({ ...valid, kbliCode: "" })).toEqual({ kbliCode: "Products.errors.kbliRequired" });
    expect(errorsOf({ ...valid, kbliCode: "other", kbliOther: "107" })).toEqual({ kbliOther: "Products.errors.kbliFormat" });
  });

  it("reports every invalid field at once, the cross-field ones with the per-field ones", () => {
    const wrong = { ...valid, nameId: "Ab", kbliCode: "", priceMin: "5.000", priceMax: "4.000", minOrder: "-3", leadTimeDays: "999", hsCode: "0902.1" };
    expect(errorsOf(wrong)).toEqual({
      nameId: "Products.errors.nameLength",
      kbliCode: "Products.errors.kbliRequired",
      priceMax: "Products.errors.priceOrder",
      minOrder: "Products.errors.minOrderInvalid",
      leadTimeDays: "Products.errors.leadTimeInvalid",
      hsCode: "Products.errors.hsLength",
    });
    const update = updateProductSchema.safeParse({ ...wrong, productId: "abc123" });
    expect(update.success ? [] : update.error.issues.map((issue) => issue.path.join(".")).sort()).toEqual(
      ["hsCode", "kbliCode", "leadTimeDays", "minOrder", "nameId", "priceMax"],
    );
    // A price that failed on its own is not compared: one message per field.
    expect(errorsOf({ ...valid, priceMin: "dua ribu", priceMax: "4.000", minOrder: "0" })).toEqual({
      priceMin: "Products.errors.priceInvalid",
      minOrder: "Products.errors.minOrderInvalid",
    });
  });

  it("uses a typed KBLI code when 'other' is chosen, or when nothing is chosen", () => {
    expect(createProductSchema.parse({ ...valid, kbliCode: "other", kbliOther: "10213" }).kbli).toEqual({ code: "10213", field: "kbliOther" });
    expect(createProductSchema.parse({ ...valid, kbliCode: "", kbliOther: "10213" }).kbli).toEqual({ code: "10213", field: "kbliOther" });
    expect(createProductSchema.parse({ ...valid, kbliOther: "10213" }).kbli).toEqual({ code: "10794", field: "kbliCode" });
  });

  it("reads checkboxes: none, one or several certificates, and export readiness", () => {
    expect(createProductSchema.parse(valid)).toMatchObject({ certificateIds: [], exportReady: false });
    expect(createProductSchema.parse({ ...valid, certificateIds: "abc1", exportReady: "on" })).toMatchObject({ certificateIds: ["abc1"], exportReady: true });
    expect(createProductSchema.parse({ ...valid, certificateIds: ["abc1", "def2", "abc1"] }).certificateIds).toEqual(["abc1", "def2"]);
    expect(errorsOf({ ...valid, certificateIds: ["../x"] })).toEqual({ certificateIds: "Products.errors.certificateNotOwn" });
  });

  it("never carries an enterprise key, even when the form sends one", () => {
    const result = updateProductSchema.parse({ ...valid, productId: "abc123", enterpriseId: "someone-else" });
    expect(result).not.toHaveProperty("enterpriseId");
    expect(result.productId).toBe("abc123");
  });
});

describe("slugBase", () => {
  it("makes lowercase ASCII with dashes", () => {
    expect(slugBase("Keripik Tempe Sagu!")).toBe("keripik-tempe-sagu");
    expect(slugBase("  Batik Semarangan — Motif Asem  ")).toBe("batik-semarangan-motif-asem");
    expect(slugBase("Kopi Gayo Pêng")).toBe("kopi-gayo-peng");
    expect(slugBase("!!!")).toBe("produk");
  });
});
