// What steps 3 to 5 of the enterprise profile send, checked. Errors are message keys. Whether a
// KBLI code exists is the mutation's question (it needs the database); its shape is checked here.
// Owner keys (enterprise id) are never part of these schemas.
import { z } from "zod";
import { exportCountryCodes } from "@/lib/reference/countries";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { formList } from "@/lib/forms/fields";
import { BuyerKind, EnterprisePhotoKind } from "@/lib/generated/prisma/enums";
import { recordIdField } from "@/lib/http/record-id";
import { energyFields, energyRules, energyValues } from "./energy-schemas";
import { type ContactCheck, normalizeHttpsUrl, normalizePhone, normalizeSocial, normalizeWhatsapp } from "./profile-contacts";

/** The primary KBLI and at most four more. */
export const maxKbliCodes = 5;
export const maxPhotos = 6;
export const capacityUnitSuggestions = ["pcs", "kg", "liter", "lembar", "meter", "pak", "botol"] as const;

/** Where the enterprise sells; the codes are stored, the words come from the message catalog. */
export const salesChannelCodes = ["OWN_SHOP", "RESELLER", "MARKETPLACE", "SOCIAL_MEDIA", "EXHIBITION", "DIRECT_EXPORT", "B2B_ORDER"] as const;
export type SalesChannelCode = (typeof salesChannelCodes)[number];


const list = formList;

/** KBLI codes typed or picked; one field may hold several ("10392, 10710"). */
function kbliCodesFrom(values: string[]): string[] {
  return values.flatMap((value) => value.split(/[\s,;]+/)).filter((code) => code !== "");
}

const kbliCode = /^\d{5}$/;

function capacityInput() {
  return z
    .string({ message: "EnterpriseProfile.errors.capacityInvalid" })
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? "").trim().replace(/\./g, "");
      if (value === "") return null;
      if (/^-\s*\d+$/.test(value)) {
        context.addIssue({ code: "custom", message: "EnterpriseProfile.errors.capacityNegative" });
        return z.NEVER;
      }
      if (!/^\d{1,9}$/.test(value)) {
        context.addIssue({ code: "custom", message: "EnterpriseProfile.errors.capacityInvalid" });
        return z.NEVER;
      }
      return Number(value);
    });
}

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .optional()
    .transform((value) => (value ? value : null));

const sectorFields = z.object({
  primaryKbli: z.string({ message: "EnterpriseProfile.errors.primaryKbliRequired" }).trim().max(100, { message: "EnterpriseProfile.errors.kbliFormat" }),
  additionalKbli: list,
  monthlyCapacity: capacityInput(),
  installedCapacity: capacityInput(),
  capacityUnit: optionalText(30, "EnterpriseProfile.errors.capacityUnitTooLong"),
  rawMaterials: optionalText(500, "EnterpriseProfile.errors.rawMaterialsTooLong"),
  ...energyFields,
});

type SectorFields = z.infer<typeof sectorFields>;

export const sectorStepSchema = sectorFields
  .check(
    crossFieldRule<SectorFields>(["primaryKbli", "additionalKbli"], (input, issue) => {
      const primary = input.primaryKbli;
      const additional = kbliCodesFrom(input.additionalKbli);
      if (primary === "") issue("primaryKbli", "EnterpriseProfile.errors.primaryKbliRequired");
      else if (!kbliCode.test(primary)) issue("primaryKbli", "EnterpriseProfile.errors.kbliFormat");
      if (additional.some((code) => !kbliCode.test(code))) issue("additionalKbli", "EnterpriseProfile.errors.kbliFormat");
      else if (additional.length > maxKbliCodes - 1) issue("additionalKbli", "EnterpriseProfile.errors.kbliTooMany");
      else if (new Set([primary, ...additional]).size !== additional.length + 1) issue("additionalKbli", "EnterpriseProfile.errors.kbliDuplicate");
    }),
    crossFieldRule<SectorFields>(["monthlyCapacity", "installedCapacity", "capacityUnit"], (input, issue) => {
      if ((input.monthlyCapacity !== null || input.installedCapacity !== null) && input.capacityUnit === null) {
        issue("capacityUnit", "EnterpriseProfile.errors.capacityUnitRequired");
      }
    }),
    crossFieldRule<SectorFields>(["monthlyCapacity", "installedCapacity"], (input, issue) => {
      if (input.monthlyCapacity !== null && input.installedCapacity !== null && input.installedCapacity < input.monthlyCapacity) {
        issue("installedCapacity", "EnterpriseProfile.errors.installedBelowMonthly");
      }
    }),
    ...energyRules,
  )
  .transform((input) => ({ ...input, ...energyValues(input), additionalKbli: kbliCodesFrom(input.additionalKbli) }));

export type SectorStepInput = z.infer<typeof sectorStepSchema>;

/** An optional contact field run through one of the checks of profile-contacts.ts. */
function contact(check: (raw: string) => ContactCheck, max = 300) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? "").trim();
      if (value === "") return null;
      const result = value.length > max ? ({ ok: false, error: "EnterpriseProfile.errors.tooLong" } as const) : check(value);
      if (result.ok) return result.value;
      context.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    });
}

function codes<const T extends readonly string[]>(allowed: T, message: string) {
  return list.pipe(
    z
      .array(z.enum(allowed as unknown as [T[number], ...T[number][]], { message }))
      .transform((values) => [...new Set(values)]),
  );
}

export const marketStepSchema = z.object({
  salesChannels: codes(salesChannelCodes, "EnterpriseProfile.errors.salesChannelUnknown").refine((values) => values.length > 0, {
    message: "EnterpriseProfile.errors.salesChannelRequired",
  }),
  sellsNationally: z.literal("on").optional().transform((value) => value === "on"),
  exportCountries: codes(exportCountryCodes, "EnterpriseProfile.errors.countryUnknown"),
  targetBuyerKinds: codes(Object.values(BuyerKind), "EnterpriseProfile.errors.buyerKindUnknown"),
  phone: contact(normalizePhone, 30),
  whatsapp: contact(normalizeWhatsapp, 30),
  email: z
    .string()
    .trim()
    .max(254, { message: "EnterpriseProfile.errors.emailInvalid" })
    .optional()
    .transform((value) => (value ? value.toLowerCase() : null))
    .pipe(z.email({ message: "EnterpriseProfile.errors.emailInvalid" }).nullable()),
  website: contact((raw) => normalizeHttpsUrl(raw)),
  instagram: contact((raw) => normalizeSocial("instagram", raw)),
  facebook: contact((raw) => normalizeSocial("facebook", raw)),
  tiktok: contact((raw) => normalizeSocial("tiktok", raw)),
  marketplaceUrl: contact((raw) => normalizeHttpsUrl(raw)),
});

export type MarketStepInput = z.infer<typeof marketStepSchema>;

/** A file input with nothing chosen still sends an empty File; processPhoto calls that "empty". */
const photoFile = z.custom<File>((value) => value instanceof File, { message: "EnterpriseProfile.errors.photoEmpty" });

export const addPhotoSchema = z.object({
  kind: z.enum(EnterprisePhotoKind, { message: "EnterpriseProfile.errors.photoKindUnknown" }),
  photo: photoFile,
});

export type AddPhotoInput = z.infer<typeof addPhotoSchema>;

export const deletePhotoSchema = z.object({
  photoId: recordIdField("EnterpriseProfile.errors.photoNotFound"),
});

/** What each refusal of lib/images says, as a field error on the file input. */
export const photoRefusalMessages = {
  empty: "EnterpriseProfile.errors.photoEmpty",
  tooLarge: "EnterpriseProfile.errors.photoTooLarge",
  unsupportedType: "EnterpriseProfile.errors.photoType",
  unreadable: "EnterpriseProfile.errors.photoUnreadable",
} as const;
