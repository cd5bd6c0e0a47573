// What the enterprise profile steps send, checked. Errors are message keys. NIB and NPWP formats
// come from identifiers.ts: an error refuses the number, a warning must be confirmed with
// "confirmNib" / "confirmNpwp". Owner keys (enterprise id) are never part of these schemas.
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { rupiahField } from "@/lib/forms/fields";
import { recordIdSchema } from "@/lib/http/record-id";
import { LegalForm } from "@/lib/generated/prisma/enums";
import { checkNib, checkNpwp, normalizeNib, normalizeNpwp } from "./identifiers";

/** Five data steps and, for the owner, a sixth: review and submit for curation. */
export const profileSteps = [1, 2, 3, 4, 5, 6] as const;
export type ProfileStep = (typeof profileSteps)[number];

/** The step named by `?langkah=`, or the first one when it names none we have. */
export function profileStepFrom(raw: string | string[] | undefined): ProfileStep {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return profileSteps.find((step) => String(step) === value) ?? 1;
}

export const earliestYearFounded = 1900;
const rupiahErrors = {
  invalid: "EnterpriseProfile.errors.rupiahInvalid",
  negative: "EnterpriseProfile.errors.rupiahNegative",
  tooLarge: "EnterpriseProfile.errors.rupiahTooLarge",
} as const;

const rupiahInput = rupiahField(rupiahErrors);

/** A whole number typed in a field; empty means unknown (null). */
function wholeNumberInput(message: string, min: number, max: () => number) {
  return z
    .string({ message })
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? "").trim();
      if (value === "") return null;
      const number = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
      if (Number.isNaN(number) || number < min || number > max()) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });
}

const confirmation = z.literal("on").optional();
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .optional()
    .transform((value) => (value ? value : null));

export const businessStepSchema = z
  .object({
    legalName: z
      .string({ message: "EnterpriseProfile.errors.legalNameRequired" })
      .trim()
      .min(2, { message: "EnterpriseProfile.errors.legalNameRequired" })
      .max(160, { message: "EnterpriseProfile.errors.legalNameTooLong" }),
    brandName: optionalText(120, "EnterpriseProfile.errors.brandNameTooLong"),
    legalForm: z.enum(LegalForm, { message: "EnterpriseProfile.errors.legalFormRequired" }),
    nib: z.string({ message: "Enterprise.nib.required" }).max(40, { message: "Enterprise.nib.digitsOnly" }),
    confirmNib: confirmation,
    npwp: z.string().max(40, { message: "Enterprise.npwp.digitsOnly" }).optional().default(""),
    confirmNpwp: confirmation,
    yearFounded: wholeNumberInput("EnterpriseProfile.errors.yearFoundedInvalid", earliestYearFounded, () => new Date().getFullYear()),
    workforce: wholeNumberInput("EnterpriseProfile.errors.workforceInvalid", 0, () => 1_000_000),
    capitalRupiah: rupiahInput,
    annualSalesRupiah: rupiahInput,
  })
  .check(
    crossFieldRule<{ nib: string; confirmNib?: "on" | undefined }>(["nib", "confirmNib"], (input, issue) => {
      const nib = checkNib(input.nib);
      if (!nib.ok) issue("nib", nib.error);
      else if ("warning" in nib && input.confirmNib !== "on") issue("confirmNib", "EnterpriseProfile.errors.confirmRequired");
    }),
    crossFieldRule<{ npwp: string; confirmNpwp?: "on" | undefined }>(["npwp", "confirmNpwp"], (input, issue) => {
      if (input.npwp.trim() === "") return;
      const npwp = checkNpwp(input.npwp);
      if (!npwp.ok) issue("npwp", npwp.error);
      else if ("warning" in npwp && input.confirmNpwp !== "on") issue("confirmNpwp", "EnterpriseProfile.errors.confirmRequired");
    }),
  )
  .transform(({ confirmNib: _nib, confirmNpwp: _npwp, ...input }) => ({
    ...input,
    nib: normalizeNib(input.nib),
    npwp: input.npwp.trim() === "" ? null : normalizeNpwp(input.npwp),
  }));

export type BusinessStepInput = z.infer<typeof businessStepSchema>;

const code = (message: string) => z.string({ message }).trim().min(1, { message }).max(40, { message });

export const addressStepSchema = z.object({
  kecamatanCode: code("EnterpriseProfile.errors.kecamatanRequired"),
  kelurahanCode: code("EnterpriseProfile.errors.kelurahanRequired"),
  address: z
    .string({ message: "EnterpriseProfile.errors.addressRequired" })
    .trim()
    .min(5, { message: "EnterpriseProfile.errors.addressRequired" })
    .max(300, { message: "EnterpriseProfile.errors.addressTooLong" }),
  sentraId: z
    .string()
    .trim()
    .max(40, { message: "EnterpriseProfile.errors.sentraUnknown" })
    .optional()
    .transform((value) => (value ? value : null)),
});

export type AddressStepInput = z.infer<typeof addressStepSchema>;

/**
 * A step's schema for staff editing on behalf of an owner: the enterprise comes from a hidden
 * field (a record id; whether it is an assisted enterprise is the mutation's check), the rest is
 * the owner's schema with its field errors unchanged.
 */
export function withEnterpriseId<Schema extends z.ZodType>(schema: Schema) {
  return z
    .custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null)
    .transform((raw, context) => {
      const enterpriseId = recordIdSchema.safeParse(raw.enterpriseId);
      const step = schema.safeParse(raw);
      if (!enterpriseId.success) context.addIssue({ code: "custom", path: ["_form"], message: "EnterpriseProfile.errors.notFound" });
      if (!step.success) {
        for (const issue of step.error.issues) context.addIssue({ code: "custom", path: issue.path, message: issue.message });
      }
      if (!enterpriseId.success || !step.success) return z.NEVER;
      return { enterpriseId: enterpriseId.data, input: step.data as z.output<Schema> };
    });
}
