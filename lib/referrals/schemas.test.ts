import { describe, expect, it } from "vitest";
import { parseReferralFilter, referralOutcomeSchema } from "./schemas";

const outcome = (fields: Record<string, string>) => referralOutcomeSchema.safeParse({ consentId: "c1", amount: "", note: "", ...fields });
const errors = (fields: Record<string, string>) => {
  const result = outcome(fields);
  return result.success ? [] : result.error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
};

describe("referral outcome form", () => {
  it("takes a KUR approval with its amount in rupiah as people type it", () => {
    expect(outcome({ kind: "KUR_APPROVED", amount: "Rp 50.000.000", note: "  KUR Mikro " })).toMatchObject({ success: true, data: { kind: "KUR_APPROVED", amount: 50_000_000n, note: "KUR Mikro" } });
    expect(outcome({ kind: "CONTACTED" })).toMatchObject({ success: true, data: { amount: null, note: null } });
  });

  it("requires the amount only for a KUR approval and refuses it on anything else", () => {
    expect(errors({ kind: "KUR_APPROVED" })).toEqual(["amount:Referrals.errors.amountRequired"]);
    expect(errors({ kind: "KUR_APPROVED", amount: "0" })).toEqual(["amount:Referrals.errors.amountRequired"]);
    expect(errors({ kind: "KUR_DECLINED", amount: "5.000.000" })).toEqual(["amount:Referrals.errors.amountNotAllowed"]);
    expect(errors({ kind: "KUR_APPROVED", amount: "lima juta" })).toEqual(["amount:Referrals.errors.amountInvalid"]);
    expect(errors({ kind: "" })).toEqual(["kind:Referrals.errors.kindRequired"]);
    expect(errors({ kind: "CONTACTED", note: "x".repeat(501) })).toEqual(["note:Referrals.errors.noteTooLong"]);
  });
});

describe("partner list filter", () => {
  it("keeps a trimmed search and a known purpose, and drops anything else", () => {
    expect(parseReferralFilter({ q: "  batik ", purpose: "KUR_FINANCING" })).toEqual({ q: "batik", purpose: "KUR_FINANCING" });
    expect(parseReferralFilter({ q: ["tenun", "x"], purpose: "HIBAH" })).toEqual({ q: "tenun" });
    expect(parseReferralFilter({ q: "   " })).toEqual({});
  });
});
