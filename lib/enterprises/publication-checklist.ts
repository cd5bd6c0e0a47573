// The SME's way to publication, as one checklist: the five profile steps, at least one product,
// certificates and the submission for curation. Which parts are required (the profile's four
// data steps and a product) and which are optional (logo and photos, certificates) is decided
// here, once, for the SME home, the wizard's finish step and the finish action. Pure.
import type { CurationStatus } from "@/lib/generated/prisma/enums";

export type ProfileStepKey = "business" | "address" | "sector" | "market" | "photos";

/** What decides whether a profile step counts as filled. */
export type ProfileCompletionFields = {
  nib: string | null;
  kelurahanCode: string | null;
  address: string | null;
  primaryKbli: unknown;
  salesChannels: readonly string[];
  whatsapp: string | null;
  phone: string | null;
  email: string | null;
  photos: readonly unknown[];
};

/** The profile steps in wizard order; photos are optional: they never count as missing. */
export function profileStepsFilled(profile: ProfileCompletionFields): { key: ProfileStepKey; filled: boolean; optional: boolean }[] {
  return [
    { key: "business", filled: profile.nib !== null, optional: false },
    { key: "address", filled: profile.kelurahanCode !== null && profile.address !== null, optional: false },
    { key: "sector", filled: profile.primaryKbli !== null && profile.primaryKbli !== undefined, optional: false },
    { key: "market", filled: profile.salesChannels.length > 0 && (profile.whatsapp ?? profile.phone ?? profile.email) !== null, optional: false },
    { key: "photos", filled: profile.photos.length > 0, optional: true },
  ];
}

export type ChecklistKey = ProfileStepKey | "products" | "certificates" | "submission";

export type ChecklistItem = { key: ChecklistKey; done: boolean; optional: boolean; href: string };

export type PublicationProgressInput = ProfileCompletionFields & {
  status: CurationStatus;
  productCount: number;
  certificateCount: number;
};

export type PublicationChecklist = {
  items: ChecklistItem[];
  /** Required parts not done yet, in checklist order (the submission itself not among them). */
  missing: ChecklistKey[];
  /** Sent to curation at least once (any status but a draft). */
  submitted: boolean;
  status: CurationStatus;
  productCount: number;
  certificateCount: number;
};

/** Where the wizard's finish step is: the last step of /ikm/profil. */
export const finishStepHref = "/ikm/profil?langkah=6";

export function publicationChecklist(input: PublicationProgressInput): PublicationChecklist {
  const steps = profileStepsFilled(input).map(
    ({ key, filled, optional }, index): ChecklistItem => ({ key, done: filled, optional, href: `/ikm/profil?langkah=${index + 1}` }),
  );
  const submitted = input.status !== "DRAFT";
  const items: ChecklistItem[] = [
    ...steps,
    { key: "products", done: input.productCount > 0, optional: false, href: input.productCount > 0 ? "/ikm/produk" : "/ikm/produk/baru" },
    { key: "certificates", done: input.certificateCount > 0, optional: true, href: "/ikm/sertifikat" },
    { key: "submission", done: submitted, optional: false, href: submitted ? "/ikm/kurasi" : finishStepHref },
  ];
  const missing = items.filter((item) => item.key !== "submission" && !item.optional && !item.done).map((item) => item.key);
  return { items, missing, submitted, status: input.status, productCount: input.productCount, certificateCount: input.certificateCount };
}
