// What the account forms send, validated. Every issue message is a message key (forms
// translate it into the user's language).
import { z } from "zod";
import { crossFieldRule, fieldsParsed } from "@/lib/forms/cross-field";
import { BuyerKind, LegalForm } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/config";
import { passwordProblem } from "./password-policy";
import { invitableRoles } from "./roles";

/** A text field: missing or blank is `required`; trimmed. */
function text(required: string, max: number, tooLong = "Validation.tooLong") {
  return z.string({ error: required }).trim().min(1, required).max(max, tooLong);
}

export const emailSchema = z
  .string({ error: "Validation.emailRequired" })
  .trim()
  .min(1, "Validation.emailRequired")
  .max(254, "Validation.emailTooLong")
  .pipe(z.email({ error: "Validation.emailInvalid" }))
  // Emails are stored lower-cased (a CHECK constraint insists).
  .transform((value) => value.toLowerCase());

export const personName = text("Validation.nameRequired", 100).pipe(z.string().min(2, "Validation.nameTooShort"));

export const optionalPhone = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.string().regex(/^\+?[0-9][0-9 ()-]{6,18}[0-9]$/, "Validation.phoneInvalid").optional());

/** The language emails go out in: the one the form was filled in. */
const locale = z.enum(locales).catch("id");

const token = z.string({ error: "Validation.linkInvalid" }).trim().min(1, "Validation.linkInvalid").max(2000, "Validation.linkInvalid");

/** A new password: the policy, checked on the field itself so it shows beside other errors. */
const newPassword = z.string({ error: "Validation.passwordRequired" }).superRefine((value, ctx) => {
  const problem = value === "" ? "Validation.passwordRequired" : passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const passwordFields = {
  password: newPassword,
  passwordConfirm: z.string({ error: "Validation.passwordConfirmRequired" }),
};

/** Cross-field checks run even when other fields failed, once the password itself is fine. */
const passwordAccepted = (payload: z.core.ParsePayload) => fieldsParsed(payload, ["password"]);

const passwordsMatch = (data: { password: string; passwordConfirm: string }) => data.password === data.passwordConfirm;
const mismatch = { message: "Validation.passwordMismatch", path: ["passwordConfirm"], when: passwordAccepted };

/** Not the sign-up address itself (or its name part): checked where the email is in the form. */
const unlikeEmail = (data: { password: string; email: string }) => passwordProblem(data.password, data.email) === null;
const likeEmail = {
  message: "Validation.passwordLikeEmail",
  path: ["password"],
  when: (payload: z.core.ParsePayload) => fieldsParsed(payload, ["password", "email"]),
};

const consent = z.literal("on", { error: "Validation.consentRequired" });

export const smeRegistrationSchema = z
  .object({
    name: personName,
    email: emailSchema,
    phone: optionalPhone,
    ...passwordFields,
    legalName: text("Validation.businessNameRequired", 150).pipe(z.string().min(2, "Validation.businessNameTooShort")),
    legalForm: z.enum(LegalForm, { error: "Validation.legalFormRequired" }),
    kecamatanCode: z.string({ error: "Validation.kecamatanRequired" }).regex(/^\d{2}\.\d{2}\.\d{2}$/, "Validation.kecamatanRequired"),
    consent,
    locale,
  })
  .refine(passwordsMatch, mismatch)
  .refine(unlikeEmail, likeEmail);

export type SmeRegistration = z.infer<typeof smeRegistrationSchema>;

export const buyerRegistrationSchema = z
  .object({
    name: personName,
    email: emailSchema,
    phone: optionalPhone,
    ...passwordFields,
    organizationName: text("Validation.organizationNameRequired", 150).pipe(
      z.string().min(2, "Validation.organizationNameTooShort"),
    ),
    kind: z.enum(BuyerKind, { error: "Validation.buyerKindRequired" }),
    city: text("Validation.cityRequired", 100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((value) => (value === undefined || value === "" ? "ID" : value))
      .pipe(z.string().regex(/^[A-Z]{2}$/, "Validation.countryInvalid")),
    consent,
    locale,
  })
  .refine(passwordsMatch, mismatch)
  .refine(unlikeEmail, likeEmail);

export type BuyerRegistration = z.infer<typeof buyerRegistrationSchema>;

/** Resend the verification link; ask for a password reset. */
export const emailRequestSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ token, ...passwordFields }).refine(passwordsMatch, mismatch);

export const acceptInvitationSchema = z.object({ token, name: personName, ...passwordFields }).refine(passwordsMatch, mismatch);

export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;

export const invitationSchema = z
  .object({
    email: emailSchema,
    name: personName,
    role: z.enum(invitableRoles, { error: "Validation.roleRequired" }),
    partnerOrganizationId: z.string().trim().max(64).optional(),
    locale,
  })
  .check(
    crossFieldRule<{ role: (typeof invitableRoles)[number]; partnerOrganizationId?: string | undefined }>(["role", "partnerOrganizationId"], (data, issue) => {
      if (data.role === "PARTNER" && !data.partnerOrganizationId) issue("partnerOrganizationId", "Validation.partnerOrganizationRequired");
    }),
  )
  // Only partners belong to a partner organisation, whatever else the form sent.
  .transform((data) => ({ ...data, partnerOrganizationId: data.role === "PARTNER" ? (data.partnerOrganizationId ?? null) : null }));

export type Invitation = z.infer<typeof invitationSchema>;

/** The first ADMIN, created from the one-time setup link a production server prints. */
export const firstAdminSchema = z
  .object({ token, name: personName, email: emailSchema, ...passwordFields, locale })
  .refine(passwordsMatch, mismatch)
  .refine(unlikeEmail, likeEmail);

export type FirstAdmin = z.infer<typeof firstAdminSchema>;
