// Every form reports every invalid field after one submit: for each main form schema, several
// wrong fields at once, one of them a cross-field rule, and every message comes back together.
// (The product and event forms have theirs beside their schemas.)
// It lives outside lib/ because it reads the schemas of every domain (lib/ folders stay acyclic:
// scripts/folder-cycles.test.ts).
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsFrom } from "@/lib/auth/action";
import { acceptInvitationSchema, invitationSchema, resetPasswordSchema, smeRegistrationSchema } from "@/lib/account-lifecycle/schemas";
import { buyerProfileSchema } from "@/lib/buyers/schemas";
import { addCertificateSchema, updateCertificateSchema } from "@/lib/certificates/schemas";
import { reviewProductSchema } from "@/lib/curation/product-schemas";
import { decideChangesSchema, reviewEnterpriseSchema } from "@/lib/curation/schemas";
import { businessStepSchema } from "@/lib/enterprises/profile-schemas";
import { sectorStepSchema } from "@/lib/enterprises/profile-step-schemas";
import { startInquirySchema } from "@/lib/inquiries/schemas";
import { weightsSchema } from "@/lib/matching/engine/schemas";
import { passwordChangeSchema } from "@/lib/my-account/schemas";
import { recordOutcomeSchema } from "@/lib/outcomes/schemas";
import { referralOutcomeSchema } from "@/lib/referrals/schemas";
import { createRequestSchema } from "@/lib/sourcing/schemas";

/** Each field's first message, as the form shows it beside the field. */
function errorsOf(schema: z.ZodType, input: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(Object.entries(fieldErrorsFrom(result.error)).map(([field, messages]) => [field, messages[0]!]));
}

const strongPassword = "batik tulis kampung malon";

describe("every invalid field at once", () => {
  it("sourcing request: a negative quantity, a bad KBLI and prices in the wrong order", () => {
    const input = { title: "Kue", description: "pendek", kbliCode: "107", quantityPerMonth: "-10", unit: "kg", targetPriceMin: "20.000", targetPriceMax: "10.000" };
    expect(errorsOf(createRequestSchema, input)).toEqual({
      title: "Sourcing.errors.titleLength",
      description: "Sourcing.errors.descriptionLength",
      kbliCode: "Sourcing.errors.kbliFormat",
      quantityPerMonth: "Sourcing.errors.quantityInvalid",
      targetPriceMax: "Sourcing.errors.priceOrder",
    });
  });

  it("certificate: a tampered confirmation, a missing name and an expiry before the issue date", () => {
    const input = { type: "ISO", number: "QMS-2024-0117", name: "", issuedAt: "2025-06-01", expiresAt: "2024-06-01", confirmNumber: "ya" };
    const expected = {
      confirmNumber: expect.any(String),
      name: "Certificates.form.nameRequired",
      expiresAt: "Certificates.form.expiryBeforeIssue",
    };
    expect(errorsOf(addCertificateSchema, input)).toEqual(expected);
    expect(errorsOf(updateCertificateSchema, { ...input, certificateId: "c1" })).toEqual(expected);
  });

  it("enterprise profile, business step: a bad founding year, a bad workforce and a malformed NIB", () => {
    const input = { legalName: "UD Batik Lestari", legalForm: "UD", nib: "12AB", yearFounded: "dua ribu", workforce: "-3", capitalRupiah: "lima juta" };
    expect(errorsOf(businessStepSchema, input)).toEqual({
      nib: expect.stringMatching(/^Enterprise\.nib\./),
      yearFounded: "EnterpriseProfile.errors.yearFoundedInvalid",
      workforce: "EnterpriseProfile.errors.workforceInvalid",
      capitalRupiah: "EnterpriseProfile.errors.rupiahInvalid",
    });
  });

  it("enterprise profile, sector step: a negative capacity, a bad KBLI and installed capacity below monthly", () => {
    const input = { primaryKbli: "107", additionalKbli: ["10792"], monthlyCapacity: "500", installedCapacity: "100", capacityUnit: "", rawMaterials: "x".repeat(501) };
    expect(errorsOf(sectorStepSchema, input)).toEqual({
      primaryKbli: "EnterpriseProfile.errors.kbliFormat",
      capacityUnit: "EnterpriseProfile.errors.capacityUnitRequired",
      installedCapacity: "EnterpriseProfile.errors.installedBelowMonthly",
      rawMaterials: "EnterpriseProfile.errors.rawMaterialsTooLong",
    });
    expect(errorsOf(sectorStepSchema, { ...input, installedCapacity: "-1", capacityUnit: "kg", additionalKbli: ["1079x"] })).toEqual({
      primaryKbli: "EnterpriseProfile.errors.kbliFormat",
      additionalKbli: "EnterpriseProfile.errors.kbliFormat",
      installedCapacity: "EnterpriseProfile.errors.capacityNegative",
      rawMaterials: "EnterpriseProfile.errors.rawMaterialsTooLong",
    });
  });

  it("buyer profile: a missing kind, a bad website and a bad KBLI", () => {
    const input = { name: "A", kind: "", country: "ZZ", city: "", website: "ftp://contoh", sourcingKbli: "107" };
    expect(errorsOf(buyerProfileSchema, input)).toEqual({
      name: "BuyerProfile.errors.nameTooShort",
      kind: "BuyerProfile.errors.kindRequired",
      country: "BuyerProfile.errors.countryUnknown",
      city: "BuyerProfile.errors.cityRequired",
      website: expect.stringMatching(/^BuyerProfile\.errors\.website/),
      sourcingKbli: "BuyerProfile.errors.kbliFormat",
    });
  });

  it("inquiry: an unknown target, a short subject and a short body", () => {
    expect(errorsOf(startInquirySchema, { target: "toko", slug: "keripik-tempe", subject: "Hai", body: "Berapa?" })).toEqual({
      target: "Inquiries.errors.targetUnavailable",
      subject: "Inquiries.errors.subjectTooShort",
      body: "Inquiries.errors.bodyTooShort",
    });
  });

  it("meeting outcome: a deal without a value beside a note too long, and a bad meeting id", () => {
    expect(errorsOf(recordOutcomeSchema, { meetingId: "../m1", outcome: "DEAL", value: "", note: "x".repeat(501) })).toEqual({
      meetingId: expect.any(String),
      value: "Outcomes.errors.valueRequired",
      note: "Outcomes.errors.noteTooLong",
    });
  });

  it("referral outcome: a KUR approval without an amount beside a note too long and a bad consent id", () => {
    expect(errorsOf(referralOutcomeSchema, { consentId: "../c1", kind: "KUR_APPROVED", amount: "", note: "x".repeat(501) })).toEqual({
      consentId: expect.any(String),
      amount: "Referrals.errors.amountRequired",
      note: "Referrals.errors.noteTooLong",
    });
  });

  it("curation reviews: a score out of range and a revision request without a comment", () => {
    const scores = { legality: "3", qualityCapacity: "7", marketReach: "x", competitiveAdvantage: "2" };
    const expected = {
      qualityCapacity: "Curation.validation.scoreRange",
      marketReach: "Curation.validation.scoreRequired",
      comment: "CurationQueue.validation.commentRequired",
    };
    expect(errorsOf(reviewEnterpriseSchema, { ...scores, decision: "REQUEST_REVISION", comment: "", enterpriseId: "e1", version: "3" })).toEqual(expected);
    expect(errorsOf(reviewProductSchema, { ...scores, decision: "REJECT", comment: "", productId: "p1", version: "3" })).toEqual(expected);
    expect(errorsOf(decideChangesSchema, { enterpriseId: "e1", version: "tiga", decision: "REJECT", note: "" })).toEqual({
      version: "CurationQueue.errors.changedSinceOpened",
      note: "CurationQueue.validation.commentRequired",
    });
  });

  it("matching weights: a bad event id beside all weights zero", () => {
    const input = { eventId: "", sector: "0", capacity: "0", exportReadiness: "0", certificates: "0", price: "0", location: "0", grade: "0", reciprocity: "0" };
    const errors = errorsOf(weightsSchema, input);
    expect(errors).toMatchObject({ eventId: "Matching.errors.notFound" });
    expect(Object.values(errors)).toContain("Matching.errors.weightsAllZero");
  });

  it("registration: a bad email, a missing legal form and passwords that differ", () => {
    const input = { name: "Sri", email: "bukan-email", password: strongPassword, passwordConfirm: "lain", legalName: "UD Batik", legalForm: "", kecamatanCode: "x", consent: "on" };
    expect(errorsOf(smeRegistrationSchema, input)).toEqual({
      email: "Validation.emailInvalid",
      legalForm: "Validation.legalFormRequired",
      kecamatanCode: "Validation.kecamatanRequired",
      passwordConfirm: "Validation.passwordMismatch",
    });
  });

  it("invitation and its acceptance: a bad email, a partner without an organisation; a short name and passwords that differ", () => {
    expect(errorsOf(invitationSchema, { email: "x@", name: "A", role: "PARTNER", partnerOrganizationId: "" })).toEqual({
      email: "Validation.emailInvalid",
      name: "Validation.nameTooShort",
      partnerOrganizationId: "Validation.partnerOrganizationRequired",
    });
    expect(errorsOf(acceptInvitationSchema, { token: "t", name: "A", password: strongPassword, passwordConfirm: "lain" })).toEqual({
      name: "Validation.nameTooShort",
      passwordConfirm: "Validation.passwordMismatch",
    });
    expect(errorsOf(resetPasswordSchema, { token: "", password: strongPassword, passwordConfirm: "lain" })).toEqual({
      token: "Validation.linkInvalid",
      passwordConfirm: "Validation.passwordMismatch",
    });
  });

  it("password change: no current password and a confirmation that differs", () => {
    expect(errorsOf(passwordChangeSchema, { currentPassword: "", newPassword: strongPassword, confirmPassword: "lain" })).toEqual({
      currentPassword: "MyAccount.currentPasswordRequired",
      confirmPassword: "MyAccount.passwordMismatch",
    });
  });
});
