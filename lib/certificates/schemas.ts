// What the certificate forms send, checked. Errors are message keys; number formats come from
// formats.ts: an error refuses the number, a warning must be confirmed with "confirmNumber".
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { CertificateType } from "@/lib/generated/prisma/enums";
import { maxUploadBytes } from "@/lib/storage/sniff";
import { checkCertificateNumber, expiryRequired, normalizeCertificateNumber } from "./formats";

const dateInput = z
  .string()
  .trim()
  .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))), {
    message: "Certificates.form.invalidDate",
  })
  .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)))
  .optional()
  .transform((value) => value ?? null);

/** A file input with nothing chosen still sends an empty File: that means "no document". */
const documentInput = z
  .custom<File>((value) => value === undefined || value === "" || value instanceof File, { message: "Certificates.form.documentInvalid" })
  .optional()
  .transform((value) => (value instanceof File && value.size > 0 ? value : null))
  .refine((file) => file === null || file.size <= maxUploadBytes, { message: "Certificates.form.documentTooLarge" });

/** Server-side texts for number errors whose catalog message needs values the field error cannot carry. */
const numberErrorWithoutValues: Record<string, string> = {
  "Certificate.number.tooLong": "Certificates.form.numberTooLong",
  "Certificate.number.bpom.notMd": "Certificates.form.numberNotMd",
};

const certificateFields = {
  type: z.enum(CertificateType, { message: "Certificates.form.typeRequired" }),
  number: z.string({ message: "Certificate.number.required" }).max(200, { message: "Certificates.form.numberTooLong" }),
  name: z.string().trim().max(120, { message: "Certificates.form.nameTooLong" }).optional().default(""),
  issuedAt: dateInput,
  expiresAt: dateInput,
  confirmNumber: z.literal("on").optional(),
  document: documentInput,
};

type CertificateFields = z.infer<z.ZodObject<typeof certificateFields>>;

/** The same checks on adding and editing: number format per type, names, dates. */
const certificateRules = [
  crossFieldRule<CertificateFields>(["type", "number", "confirmNumber"], (input, issue) => {
    const check = checkCertificateNumber(input.type, input.number);
    if (!check.ok) issue("number", numberErrorWithoutValues[check.error] ?? check.error);
    else if ("warning" in check && input.confirmNumber !== "on") issue("confirmNumber", "Certificates.form.confirmRequired");
  }),
  crossFieldRule<CertificateFields>(["type", "name"], (input, issue) => {
    if ((input.type === "ISO" || input.type === "OTHER") && input.name === "") issue("name", "Certificates.form.nameRequired");
  }),
  crossFieldRule<CertificateFields>(["type", "expiresAt"], (input, issue) => {
    if (expiryRequired(input.type) && input.expiresAt === null) issue("expiresAt", "Certificate.validation.expiryRequired");
  }),
  crossFieldRule<CertificateFields>(["issuedAt", "expiresAt"], (input, issue) => {
    if (input.issuedAt && input.expiresAt && input.expiresAt < input.issuedAt) issue("expiresAt", "Certificates.form.expiryBeforeIssue");
  }),
];

/** The number as stored and an empty name as null; the confirmation has done its job. */
function normalized<T extends CertificateFields>({ confirmNumber: _confirmed, ...input }: T) {
  return {
    ...input,
    number: normalizeCertificateNumber(input.type, input.number),
    name: input.name === "" ? null : input.name,
  };
}

export const addCertificateSchema = z.object(certificateFields).check(...certificateRules).transform(normalized);

export type AddCertificateInput = z.infer<typeof addCertificateSchema>;

const certificateId = z.string({ message: "Errors.failed" }).trim().min(1, { message: "Errors.failed" }).max(40);

export const certificateIdSchema = z.object({ certificateId });

/**
 * Staff's verification carries the version they looked at (the row's updatedAt, which every edit
 * and document replacement moves), so they verify exactly what they reviewed.
 */
export const verifyCertificateSchema = z.object({
  certificateId,
  reviewedVersion: z.iso.datetime({ message: "Errors.failed" }).transform((value) => new Date(value)),
});

/** Editing one's own certificate: the same fields and checks, and which certificate. */
export const updateCertificateSchema = z
  .object({ ...certificateFields, certificateId })
  .check(...certificateRules)
  .transform(normalized);

export type UpdateCertificateInput = z.infer<typeof updateCertificateSchema>;
