// Input of the "My account" forms. Issue messages are message keys (translated by the form).
// None of these carries a user id: every change applies to the signed-in user only.
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { passwordProblem } from "@/lib/account-lifecycle/password-policy";
import { locales } from "@/lib/i18n/config";

/** A password typed to prove it is you: any length the sign-in form accepts. */
const currentPassword = (required: string) => z.string(required).min(1, required).max(200, required);

/** Digits with an optional leading +, and the spaces, dashes and brackets people type. */
const phonePattern = /^\+?[0-9][0-9 ()-]{6,22}[0-9]$/;

export const contactDetailsSchema = z.object({
  name: z.string().trim().min(2, "MyAccount.nameRequired").max(120, "MyAccount.nameTooLong"),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || phonePattern.test(value), "MyAccount.phoneInvalid"),
});
export type ContactDetailsInput = z.infer<typeof contactDetailsSchema>;

export const languageSchema = z.object({
  locale: z.enum(locales, "MyAccount.languageRequired"),
});
export type LanguageInput = z.infer<typeof languageSchema>;

export const passwordChangeSchema = z
  .object({
    currentPassword: currentPassword("MyAccount.currentPasswordRequired"),
    // The portal's one password policy (lib/account-lifecycle), the same as at sign-up and reset. The
    // check against the account's email runs in the action, which knows the email.
    newPassword: z.string("Validation.passwordRequired").superRefine((value, ctx) => {
      const problem = value === "" ? "Validation.passwordRequired" : passwordProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
    confirmPassword: z.string().optional(),
  })
  .check(
    crossFieldRule<{ newPassword: string; confirmPassword?: string | undefined }>(["newPassword", "confirmPassword"], (input, issue) => {
      if (input.newPassword !== input.confirmPassword) issue("confirmPassword", "MyAccount.passwordMismatch");
    }),
  );
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

/** Deleting the account is confirmed with the account's password. */
export const deleteAccountSchema = z.object({
  password: currentPassword("MyAccount.deletePasswordRequired"),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
