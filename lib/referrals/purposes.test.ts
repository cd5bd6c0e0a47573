import { describe, expect, it } from "vitest";
import { outcomeKindsFor, purposesFor, purposesForOutcome } from "./purposes";

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
    expect(purposesForOutcome("CONTACTED")).toEqual(["KUR_FINANCING", "EXPORT_ASSISTANCE"]);
  });
});
