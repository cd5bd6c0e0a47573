// What the buyer's organisation profile and shortlist forms send, checked. Errors are message
// keys in the "BuyerProfile" namespace. Whether a KBLI code exists is the mutation's question
// (it needs the database); its shape is checked here. The organisation is never part of these
// schemas: it comes from the session.
import { z } from "zod";
import { buyerCountryCodes, exportCountryCodes } from "@/lib/reference/countries";
import { formList } from "@/lib/forms/fields";
import { isCatalogSlug } from "@/lib/catalog/slug";
import { normalizeHttpsUrl } from "@/lib/enterprises/profile-contacts";
import { BuyerKind, CertificateType, PurchaseVolumeBand } from "@/lib/generated/prisma/enums";

/** KBLI subclasses a buyer can name as what it sources. */
export const maxSourcingKbli = 5;

/** Where a buyer exports to: the buyer-country list without Indonesia itself. */
export const exportDestinationCodes = exportCountryCodes;

export const buyerProfileLimits = { nameMin: 2, nameMax: 150, cityMin: 2, cityMax: 100, descriptionMax: 1000, websiteMax: 300 } as const;

const list = formList;

function codes<const T extends readonly string[]>(allowed: T, message: string) {
  return list.pipe(
    z.array(z.enum(allowed as unknown as [T[number], ...T[number][]], { message })).transform((values) => [...new Set(values)]),
  );
}

const kbliCode = /^\d{5}$/;

export const buyerProfileSchema = z.object({
  name: z
    .string({ message: "BuyerProfile.errors.nameRequired" })
    .trim()
    .min(1, "BuyerProfile.errors.nameRequired")
    .pipe(
      z.string().min(buyerProfileLimits.nameMin, "BuyerProfile.errors.nameTooShort").max(buyerProfileLimits.nameMax, "BuyerProfile.errors.nameTooLong"),
    ),
  kind: z.enum(BuyerKind, { message: "BuyerProfile.errors.kindRequired" }),
  country: z
    .string({ message: "BuyerProfile.errors.countryUnknown" })
    .trim()
    .toUpperCase()
    .pipe(z.enum(buyerCountryCodes, { message: "BuyerProfile.errors.countryUnknown" })),
  city: z
    .string({ message: "BuyerProfile.errors.cityRequired" })
    .trim()
    .min(buyerProfileLimits.cityMin, "BuyerProfile.errors.cityRequired")
    .max(buyerProfileLimits.cityMax, "BuyerProfile.errors.cityTooLong"),
  description: z
    .string()
    .trim()
    .max(buyerProfileLimits.descriptionMax, "BuyerProfile.errors.descriptionTooLong")
    .optional()
    .transform((value) => (value ? value : null)),
  website: z
    .string()
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? "").trim();
      if (value === "") return null;
      const result = value.length > buyerProfileLimits.websiteMax ? null : normalizeHttpsUrl(value);
      if (result?.ok) return result.value;
      const notHttps = result && !result.ok && result.error === "EnterpriseProfile.errors.urlNotHttps";
      context.addIssue({ code: "custom", message: notHttps ? "BuyerProfile.errors.websiteNotHttps" : "BuyerProfile.errors.websiteInvalid" });
      return z.NEVER;
    }),
  purchaseVolumeBand: z
    .string()
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(z.enum(PurchaseVolumeBand, { message: "BuyerProfile.errors.volumeUnknown" }).nullable()),
  requiredCertificates: codes(Object.values(CertificateType), "BuyerProfile.errors.certificateUnknown"),
  exportDestinations: codes(exportDestinationCodes, "BuyerProfile.errors.countryUnknown"),
  sourcingKbli: list.transform((values, context) => {
    // One field may hold several codes ("10710, 10792"); empty slots are skipped.
    const found = values.flatMap((value) => value.split(/[\s,;]+/)).filter((code) => code !== "");
    if (found.some((code) => !kbliCode.test(code))) {
      context.addIssue({ code: "custom", message: "BuyerProfile.errors.kbliFormat" });
      return z.NEVER;
    }
    const unique = [...new Set(found)];
    if (unique.length > maxSourcingKbli) {
      context.addIssue({ code: "custom", message: "BuyerProfile.errors.kbliTooMany" });
      return z.NEVER;
    }
    return unique;
  }),
});

export type BuyerProfileInput = z.infer<typeof buyerProfileSchema>;

/** Save or unsave a product or a supplier of the public catalog, named by its slug. */
export const shortlistTargetSchema = z.object({
  intent: z.enum(["add", "remove"], { message: "BuyerProfile.errors.shortlistUnavailable" }),
  target: z.enum(["product", "supplier"], { message: "BuyerProfile.errors.shortlistUnavailable" }),
  slug: z.string({ message: "BuyerProfile.errors.shortlistUnavailable" }).refine(isCatalogSlug, "BuyerProfile.errors.shortlistUnavailable"),
});

export type ShortlistTarget = z.infer<typeof shortlistTargetSchema>;
