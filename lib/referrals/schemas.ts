// What the consent toggle and the partner's outcome form send, and the partner list's filters.
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { checkDay } from "@/lib/forms/day";
import { rupiahField } from "@/lib/forms/fields";
import type { ReferralPurpose } from "@/lib/generated/prisma/enums";
import { recordIdSchema } from "@/lib/http/record-id";
import { outcomeKinds, referralPurposes } from "./purposes";
import { searchText } from "@/lib/http/text";

export const consentSchema = z.object({
  partnerOrganizationId: recordIdSchema,
  purpose: z.enum(referralPurposes, { message: "Referrals.errors.purposeRequired" }),
  intent: z.enum(["grant", "revoke"]),
  /** The last day of sharing ("YYYY-MM-DD", WIB), or empty for "until I revoke". Later than today: checked by the mutation against its clock. */
  endsOn: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || checkDay(value) === "ok", { message: "Referrals.errors.endDateInvalid" }),
});

export type ConsentInput = z.infer<typeof consentSchema>;

/** The consent whose revocation /ikm/mitra?cabut=<partner>:<purpose> asks to confirm; anything odd is none. */
export function parseRevokeRequest(raw: string | string[] | undefined): { partnerOrganizationId: string; purpose: ReferralPurpose } | null {
  const [partnerOrganizationId, purpose] = (Array.isArray(raw) ? raw[0] : raw)?.split(":") ?? [];
  const parsed = z.object({ partnerOrganizationId: recordIdSchema, purpose: z.enum(referralPurposes) }).safeParse({ partnerOrganizationId, purpose });
  return parsed.success ? parsed.data : null;
}

export const outcomeNoteMax = 500;

export const referralOutcomeSchema = z
  .object({
    consentId: recordIdSchema,
    kind: z.enum(outcomeKinds, { message: "Referrals.errors.kindRequired" }),
    amount: rupiahField({ invalid: "Referrals.errors.amountInvalid", negative: "Referrals.errors.amountInvalid", tooLarge: "Referrals.errors.amountTooLarge" }),
    note: z
      .string()
      .trim()
      .max(outcomeNoteMax, { message: "Referrals.errors.noteTooLong" })
      .optional()
      .transform((value) => value || null),
  })
  .check(
    crossFieldRule<{ kind: (typeof outcomeKinds)[number]; amount: bigint | null }>(["kind", "amount"], (input, issue) => {
      // The database CHECK holds the same rule; here it becomes a message on the field.
      if (input.kind === "KUR_APPROVED" && (input.amount === null || input.amount === 0n)) issue("amount", "Referrals.errors.amountRequired");
      else if (input.kind !== "KUR_APPROVED" && input.amount !== null) issue("amount", "Referrals.errors.amountNotAllowed");
    }),
  );

export type ReferralOutcomeInput = z.infer<typeof referralOutcomeSchema>;

export interface ReferralListFilter {
  q?: string;
  purpose?: ReferralPurpose;
}

/** The partner list's search parameters; anything odd is dropped. */
export function parseReferralFilter(params: Record<string, string | string[] | undefined>): ReferralListFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const q = searchText(params.q, 100);
  const purpose = z.enum(referralPurposes).safeParse(first(params.purpose));
  return { ...(q ? { q } : {}), ...(purpose.success ? { purpose: purpose.data } : {}) };
}
