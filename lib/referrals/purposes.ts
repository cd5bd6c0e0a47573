// Which referral purposes a partner organisation takes and which outcomes fit each purpose:
// an organisation offers the purposes it lists (PartnerOrganization.offeredPurposes); one that
// lists none takes those of its kind: a Himbara bank finances (KUR), the FTA Center and export
// agencies assist exporters, and an organisation of another kind may do either. Pure.
import type { PartnerKind, ReferralOutcomeKind, ReferralPurpose } from "@/lib/generated/prisma/enums";

export const referralPurposes = ["KUR_FINANCING", "EXPORT_ASSISTANCE", "CERTIFICATION_ASSISTANCE"] as const satisfies readonly ReferralPurpose[];

export const outcomeKinds = [
  "CONTACTED",
  "KUR_APPROVED",
  "KUR_DECLINED",
  "COACHING_ENROLLED",
  "EXPORT_ASSISTED",
  "NOT_PURSUED",
] as const satisfies readonly ReferralOutcomeKind[];

const purposesByKind: Record<PartnerKind, readonly ReferralPurpose[]> = {
  HIMBARA_BANK: ["KUR_FINANCING"],
  FTA_CENTER: ["EXPORT_ASSISTANCE"],
  EXPORT_AGENCY: ["EXPORT_ASSISTANCE"],
  OTHER: ["KUR_FINANCING", "EXPORT_ASSISTANCE"],
};

/** The purposes an SME may consent to for a partner of this kind that lists none of its own. */
export function purposesFor(kind: PartnerKind): readonly ReferralPurpose[] {
  return purposesByKind[kind];
}

/** The purposes this organisation offers, in the order of `referralPurposes`. */
export function offeredPurposes(partner: { kind: PartnerKind; offeredPurposes: readonly ReferralPurpose[] }): ReferralPurpose[] {
  const listed = partner.offeredPurposes.length > 0 ? partner.offeredPurposes : purposesFor(partner.kind);
  return referralPurposes.filter((purpose) => listed.includes(purpose));
}

const kurOnly: readonly ReferralOutcomeKind[] = ["KUR_APPROVED", "KUR_DECLINED"];
const exportOnly: readonly ReferralOutcomeKind[] = ["EXPORT_ASSISTED"];

/** The outcomes a partner may record for a referral of this purpose (a KUR decision only for KUR). */
export function outcomeKindsFor(purpose: ReferralPurpose): readonly ReferralOutcomeKind[] {
  const excluded = purpose === "KUR_FINANCING" ? exportOnly : purpose === "EXPORT_ASSISTANCE" ? kurOnly : [...kurOnly, ...exportOnly];
  return outcomeKinds.filter((kind) => !excluded.includes(kind));
}

/** The purposes under which an outcome of this kind may be recorded. */
export function purposesForOutcome(kind: ReferralOutcomeKind): ReferralPurpose[] {
  return referralPurposes.filter((purpose) => outcomeKindsFor(purpose).includes(kind));
}

/** What a partner sees of a consenting SME, in the order the SME's page explains it. */
export const sharedDataItems = ["identity", "contact", "scale", "sector", "capacity", "certificates", "exportReadiness"] as const;
