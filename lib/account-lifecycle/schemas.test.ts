import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/auth/action";
import { buyerRegistrationSchema, invitationSchema, smeRegistrationSchema } from "./schemas";

const sme = {
  name: "Sri Lestari",
  email: "  Sri.Lestari@Contoh.ID ",
  phone: "",
  password: "batik tulis kampung malon",
  passwordConfirm: "batik tulis kampung malon",
  legalName: "UD Batik Lestari",
  legalForm: "UD",
  kecamatanCode: "33.74.04",
  consent: "on",
  locale: "en",
};

describe("account schemas", () => {
  it("accept a complete SME registration, lower-casing the email", () => {
    const parsed = smeRegistrationSchema.parse(sme);
    expect(parsed.email).toBe("sri.lestari@contoh.id");
    expect(parsed.phone).toBeUndefined();
    expect(parsed.locale).toBe("en");
  });

  it("report every problem of a registration on its field, as message keys", () => {
    const result = smeRegistrationSchema.safeParse({ ...sme, email: "bukan-email", password: "qwerty12345", legalForm: "", consent: undefined, kecamatanCode: "x" });
    expect(result.success).toBe(false);
    const errors = result.success ? {} : fieldErrorsFrom(result.error);
    expect(errors).toMatchObject({
      email: ["Validation.emailInvalid"],
      password: ["Validation.passwordCommon"],
      legalForm: ["Validation.legalFormRequired"],
      consent: ["Validation.consentRequired"],
      kecamatanCode: ["Validation.kecamatanRequired"],
    });
  });

  it("asks for the same password twice, and not the email address as the password", () => {
    const result = smeRegistrationSchema.safeParse({ ...sme, passwordConfirm: "batik tulis kampung lain" });
    expect(result.success ? {} : fieldErrorsFrom(result.error)).toEqual({ passwordConfirm: ["Validation.passwordMismatch"] });
    const likeEmail = smeRegistrationSchema.safeParse({ ...sme, password: "Sri.Lestari2026", passwordConfirm: "Sri.Lestari2026", legalForm: "" });
    expect(likeEmail.success ? {} : fieldErrorsFrom(likeEmail.error)).toEqual({
      password: ["Validation.passwordLikeEmail"],
      legalForm: ["Validation.legalFormRequired"],
    });
  });

  it("default a buyer's country to Indonesia and an unknown language to Indonesian", () => {
    const parsed = buyerRegistrationSchema.parse({
      ...sme,
      organizationName: "PT Sarana Niaga",
      kind: "RETAILER",
      city: "Jakarta",
      country: "",
      locale: "fr",
    });
    expect(parsed.country).toBe("ID");
    expect(parsed.locale).toBe("id");
  });

  it("require a partner organisation for partners only, and drop it for staff", () => {
    const base = { email: "petugas@contoh.id", name: "Petugas Baru", locale: "id" };
    const partner = invitationSchema.safeParse({ ...base, role: "PARTNER", partnerOrganizationId: "" });
    expect(partner.success ? {} : fieldErrorsFrom(partner.error)).toEqual({ partnerOrganizationId: ["Validation.partnerOrganizationRequired"] });
    expect(invitationSchema.parse({ ...base, role: "STAFF", partnerOrganizationId: "org-1" }).partnerOrganizationId).toBeNull();
    expect(invitationSchema.safeParse({ ...base, role: "ADMIN" }).success).toBe(false);
  });
});
