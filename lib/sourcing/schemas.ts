// What the sourcing forms send, checked. Errors are message keys in the "Sourcing" namespace.
// The buyer organisation and the enterprise never come from the form: they come from the
// session. Money is whole rupiah (BigInt); dates are date-only values (lib/sourcing/fit.ts).
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { exportCountryCodes } from "@/lib/reference/countries";
import { formList, rupiahField, wholeNumberField } from "@/lib/forms/fields";
import { CertificateType } from "@/lib/generated/prisma/enums";
import { recordIdField, recordIdSchema } from "@/lib/http/record-id";
import { jakartaToday, parseDateOnly } from "./fit";

export const sourcingLimits = {
  titleMin: 5,
  titleMax: 120,
  descriptionMin: 20,
  descriptionMax: 4000,
  unitMax: 30,
  quantityMax: 1_000_000_000,
  leadTimeMax: 365,
  messageMax: 2000,
  forwardMax: 20,
} as const;

const text = (min: number, max: number, tooShort: string, tooLong: string) =>
  z.string({ message: tooShort }).trim().min(min, tooShort).max(max, tooLong);

const rupiahInput = rupiahField({ invalid: "Sourcing.errors.priceInvalid", negative: "Sourcing.errors.priceNegative", tooLarge: "Sourcing.errors.priceTooLarge" });

/** The same, but the field must be filled. */
function requiredNumber(min: number, max: number, message: string) {
  return wholeNumberField(min, max, message).refine((value) => value !== null, message).transform((value) => value as number);
}

const certificateTypes = Object.values(CertificateType) as [CertificateType, ...CertificateType[]];

/** Checkboxes: nothing ticked sends nothing, one sends a string, several send a list. */
const certificatesInput = formList
  .transform((values) => [...new Set(values)].filter((item) => item !== ""))
  .pipe(z.array(z.enum(certificateTypes, { message: "Sourcing.errors.certificateInvalid" })));

/** Export destination: empty for the domestic market, else a country of the list other than Indonesia. */
export const exportDestinationCodes: readonly string[] = exportCountryCodes;

const destinationInput = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim().toUpperCase())
  .refine((value) => value === "" || exportDestinationCodes.includes(value), "Sourcing.errors.destinationInvalid")
  .transform((value) => (value === "" ? null : value));

const deadlineInput = z
  .string()
  .optional()
  .transform((raw, context) => {
    const value = (raw ?? "").trim();
    if (value === "") return null;
    const date = parseDateOnly(value);
    if (!date) {
      context.addIssue({ code: "custom", message: "Sourcing.errors.deadlineInvalid" });
      return z.NEVER;
    }
    // Today still counts: the request takes offers until the deadline's day ends (WIB).
    if (date.getTime() < jakartaToday(new Date()).getTime()) {
      context.addIssue({ code: "custom", message: "Sourcing.errors.deadlinePast" });
      return z.NEVER;
    }
    return date;
  });

export const createRequestSchema = z
  .object({
    title: text(sourcingLimits.titleMin, sourcingLimits.titleMax, "Sourcing.errors.titleLength", "Sourcing.errors.titleLength"),
    description: text(
      sourcingLimits.descriptionMin,
      sourcingLimits.descriptionMax,
      "Sourcing.errors.descriptionLength",
      "Sourcing.errors.descriptionLength",
    ),
    kbliCode: z
      .string({ message: "Sourcing.errors.kbliRequired" })
      .trim()
      .min(1, "Sourcing.errors.kbliRequired")
      .regex(/^\d{5}$/, "Sourcing.errors.kbliFormat"),
    quantityPerMonth: requiredNumber(1, sourcingLimits.quantityMax, "Sourcing.errors.quantityInvalid"),
    unit: text(1, sourcingLimits.unitMax, "Sourcing.errors.unitRequired", "Sourcing.errors.unitTooLong"),
    targetPriceMin: rupiahInput,
    targetPriceMax: rupiahInput,
    requiredCertificates: certificatesInput,
    exportDestination: destinationInput,
    deadline: deadlineInput,
  })
  .check(
    crossFieldRule<{ targetPriceMin: bigint | null; targetPriceMax: bigint | null }>(["targetPriceMin", "targetPriceMax"], (input, issue) => {
      if (input.targetPriceMin !== null && input.targetPriceMax !== null && input.targetPriceMin > input.targetPriceMax) {
        issue("targetPriceMax", "Sourcing.errors.priceOrder");
      }
    }),
  );
export type CreateRequestInput = z.infer<typeof createRequestSchema>;

export const requestIdSchema = z.object({
  requestId: recordIdField("Sourcing.errors.notFound"),
});
export type RequestIdInput = z.infer<typeof requestIdSchema>;

export const offerSchema = requestIdSchema.extend({
  price: rupiahInput.refine((value) => value !== null && value > BigInt(0), "Sourcing.errors.offerPriceRequired").transform((value) => value as bigint),
  unit: text(1, sourcingLimits.unitMax, "Sourcing.errors.unitRequired", "Sourcing.errors.unitTooLong"),
  minOrder: requiredNumber(1, sourcingLimits.quantityMax, "Sourcing.errors.minOrderInvalid"),
  monthlyCapacity: wholeNumberField(1, sourcingLimits.quantityMax, "Sourcing.errors.capacityInvalid"),
  leadTimeDays: requiredNumber(0, sourcingLimits.leadTimeMax, "Sourcing.errors.leadTimeInvalid"),
  sampleAvailable: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
  message: z
    .string()
    .trim()
    .max(sourcingLimits.messageMax, "Sourcing.errors.messageTooLong")
    .optional()
    .transform((value) => (value ? value : null)),
});
export type OfferInput = z.infer<typeof offerSchema>;

export const forwardSchema = requestIdSchema.extend({
  enterpriseIds: z
    .union([z.string(), z.array(z.string())], { message: "Sourcing.errors.forwardNone" })
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])].filter((id) => id !== ""))
    .refine((ids) => ids.length > 0, "Sourcing.errors.forwardNone")
    .refine((ids) => ids.length <= sourcingLimits.forwardMax, "Sourcing.errors.forwardTooMany")
    .refine((ids) => ids.every((id) => recordIdSchema.safeParse(id).success), "Sourcing.errors.forwardUnavailable"),
});
export type ForwardInput = z.infer<typeof forwardSchema>;

export const requestStatusFilters = ["all", "open", "closed"] as const;
export type RequestStatusFilter = (typeof requestStatusFilters)[number];

export function parseRequestFilter(value: string | string[] | undefined): RequestStatusFilter {
  const raw = Array.isArray(value) ? value[0] : value;
  return (requestStatusFilters as readonly string[]).includes(raw ?? "") ? (raw as RequestStatusFilter) : "all";
}
