import { describe, expect, it } from "vitest";
import { offeredPurposes, outcomeKindsFor, purposesFor, purposesForOutcome } from "./purposes";

describe("referral purposes", () => {
  it("offer KUR with a Himbara bank, export assistance with the FTA Center and export agencies, both with others", () => {
    expect(purposesFor("HIMBARA_BANK")).toEqual(["KUR_FINANCING"]);
    expect(purposesFor("FTA_CENTER")).toEqual(["EXPORT_ASSISTANCE"]);
    expect(purposesFor("EXPORT_AGENCY")).toEqual(["EXPORT_ASSISTANCE"]);
    expect(purposesFor("OTHER")).toEqual(["KUR_FINANCING", "EXPORT_ASSISTANCE"]);
  });

  it("allow a KUR decision only on KUR referrals and export assistance only on export referrals", () => {
    expect(outcomeKindsFor("KUR_FINANCING")).toEqual(["CONTACTED", "KUR_APPROVED", "KUR_DECLINED", "COACHING_ENROLLED", "NOT_PURSUED"]);
    expect(outcomeKindsFor("EXPORT_ASSISTANCE")).toEqual(["CONTACTED", "COACHING_ENROLLED", "EXPORT_ASSISTED", "NOT_PURSUED"]);
    expect(purposesForOutcome("KUR_APPROVED")).toEqual(["KUR_FINANCING"]);
    expect(purposesForOutcome("EXPORT_ASSISTED")).toEqual(["EXPORT_ASSISTANCE"]);
    expect(purposesForOutcome("CONTACTED")).toEqual(["KUR_FINANCING", "EXPORT_ASSISTANCE", "CERTIFICATION_ASSISTANCE"]);
  });

  it("allow neither a KUR decision nor export assistance on certification referrals", () => {
    expect(outcomeKindsFor("CERTIFICATION_ASSISTANCE")).toEqual(["CONTACTED", "COACHING_ENROLLED", "NOT_PURSUED"]);
    expect(purposesForOutcome("COACHING_ENROLLED")).toEqual(["KUR_FINANCING", "EXPORT_ASSISTANCE", "CERTIFICATION_ASSISTANCE"]);
  });

  it("are those the organisation lists, in a fixed order, or those of its kind when it lists none", () => {
    expect(offeredPurposes({ kind: "EXPORT_AGENCY", offeredPurposes: ["CERTIFICATION_ASSISTANCE", "EXPORT_ASSISTANCE"] })).toEqual(["EXPORT_ASSISTANCE", "CERTIFICATION_ASSISTANCE"]);
    expect(offeredPurposes({ kind: "HIMBARA_BANK", offeredPurposes: [] })).toEqual(["KUR_FINANCING"]);
    expect(offeredPurposes({ kind: "OTHER", offeredPurposes: [] })).toEqual(["KUR_FINANCING", "EXPORT_ASSISTANCE"]);
  });
});
