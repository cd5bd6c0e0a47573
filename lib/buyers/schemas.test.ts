import { describe, expect, it } from "vitest";
import { buyerProfileSchema, shortlistTargetSchema } from "./schemas";

const base = { name: "PT Sarana", kind: "RETAILER", country: "ID", city: "Semarang" };

describe("buyer profile schema", () => {
  it("tidies the input: codes upper-cased, duplicates dropped, empty optional fields become null, https added", () => {
    const parsed = buyerProfileSchema.parse({
      ...base,
      country: " my ",
      website: "toko.example.com",
      description: "  ",
      purchaseVolumeBand: "",
      requiredCertificates: ["HALAL", "HALAL", "SNI"],
      exportDestinations: "JP",
      sourcingKbli: ["10710, 10792", "", "10710"],
    });
    expect(parsed).toMatchObject({
      country: "MY",
      website: "https://toko.example.com/",
      description: null,
      purchaseVolumeBand: null,
      requiredCertificates: ["HALAL", "SNI"],
      exportDestinations: ["JP"],
      sourcingKbli: ["10710", "10792"],
    });
  });

  it("takes nothing ticked as empty lists", () => {
    expect(buyerProfileSchema.parse(base)).toMatchObject({ requiredCertificates: [], exportDestinations: [], sourcingKbli: [], website: null });
  });

  it("names the field and the reason of each refusal", () => {
    const errors = (input: Record<string, unknown>) => {
      const result = buyerProfileSchema.safeParse({ ...base, ...input });
      return result.success ? [] : result.error.issues.map((issue) => [issue.path[0], issue.message]);
    };
    expect(errors({ name: "A" })).toEqual([["name", "BuyerProfile.errors.nameTooShort"]]);
    expect(errors({ country: "ZZ" })).toEqual([["country", "BuyerProfile.errors.countryUnknown"]]);
    expect(errors({ exportDestinations: ["ID"] })).toEqual([["exportDestinations", "BuyerProfile.errors.countryUnknown"]]);
    expect(errors({ website: "http://toko.example.com" })).toEqual([["website", "BuyerProfile.errors.websiteNotHttps"]]);
    expect(errors({ website: `https://${"a".repeat(300)}.com` })).toEqual([["website", "BuyerProfile.errors.websiteInvalid"]]);
    expect(errors({ sourcingKbli: "107" })).toEqual([["sourcingKbli", "BuyerProfile.errors.kbliFormat"]]);
    expect(errors({ sourcingKbli: "10710 10711 10712 10713 10714 10715" })).toEqual([["sourcingKbli", "BuyerProfile.errors.kbliTooMany"]]);
    expect(errors({ description: "x".repeat(1001) })).toEqual([["description", "BuyerProfile.errors.descriptionTooLong"]]);
  });
});

describe("shortlist target schema", () => {
  it("accepts a catalog slug and refuses anything else", () => {
    expect(shortlistTargetSchema.safeParse({ intent: "add", target: "product", slug: "wingko-babat-original-andong" }).success).toBe(true);
    expect(shortlistTargetSchema.safeParse({ intent: "add", target: "product", slug: "../admin" }).success).toBe(false);
    expect(shortlistTargetSchema.safeParse({ intent: "hapus", target: "supplier", slug: "wingko" }).success).toBe(false);
  });
});
