// What the assisted-mode forms send, validated: staff register an enterprise on behalf of an
// owner who asked for help. Issue messages are message keys. Pure: no I/O.
import { z } from "zod";
import { emailSchema, optionalPhone, personName } from "@/lib/account-lifecycle/schemas";
import { LegalForm } from "@/lib/generated/prisma/enums";
import { recordIdSchema } from "@/lib/http/record-id";
import { locales } from "@/lib/i18n/config";
import { searchText } from "@/lib/http/text";

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, "Validation.tooLong")
    .optional()
    .transform((value) => (value === "" ? undefined : value));
}

export const assistedEnterpriseSchema = z.object({
  ownerName: personName,
  ownerEmail: emailSchema,
  ownerPhone: optionalPhone,
  legalName: z
    .string({ error: "Validation.businessNameRequired" })
    .trim()
    .min(1, "Validation.businessNameRequired")
    .max(150, "Validation.tooLong")
    .pipe(z.string().min(2, "Validation.businessNameTooShort")),
  brandName: optionalText(100),
  legalForm: z.enum(LegalForm, { error: "Validation.legalFormRequired" }),
  kecamatanCode: z.string({ error: "Validation.kecamatanRequired" }).regex(/^\d{2}\.\d{2}\.\d{2}$/, "Validation.kecamatanRequired"),
  /** The owner agreed to be helped: staff confirm it, and it is recorded with the enterprise. */
  ownerConsent: z.literal("on", { error: "Assisted.consentRequired" }),
  /** The language of the takeover email. */
  locale: z.enum(locales).catch("id"),
});

export type AssistedEnterpriseInput = z.infer<typeof assistedEnterpriseSchema>;

export const resendTakeoverSchema = z.object({
  enterpriseId: z.string({ error: "Errors.failed" }).pipe(recordIdSchema),
});

/** The list's search term (?q=): trimmed, at most 100 characters, blank meaning none. */
export function parseAssistedSearch(value: string | string[] | undefined): string | undefined {
  const raw = searchText(value, 100);
  return raw ? raw : undefined;
}
