"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { type FormFieldBinding, useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/auth/form-state";
import { CheckEmailNotice } from "./check-email-notice";
import { ConsentField } from "./consent-field";
import { PasswordFields } from "./password-fields";

type RegistrationFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Prefix for the element ids ("sme", "buyer"), unique on the page. */
  idPrefix: string;
  /** Legend of the second fieldset: the business or organisation being registered. */
  organizationLegend: string;
  officeName: string;
  devMailPath: string | null;
  /** The fields of the organisation, bound to the form's values and errors. */
  children: (form: FormFieldBinding) => ReactNode;
};

/**
 * Sign-up for a new account: the person (name, contact, password), their organisation, and
 * consent to the privacy notice. Once sent, the form gives way to "check your email".
 */
export function RegistrationForm({ action, idPrefix, organizationLegend, officeName, devMailPath, children }: RegistrationFormProps) {
  const t = useTranslations("Registration");
  const locale = useLocale();
  const { state, pending, formProps, fieldError, value, fieldProps, formError } = useFormAction(action);

  if (state.ok) return <CheckEmailNotice email={state.values?.email ?? ""} devMailPath={devMailPath} />;

  return (
    <form {...formProps} className="space-y-8">
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{t("accountSection")}</legend>
        <Field id={`${idPrefix}-name`} {...fieldProps("name")} label={t("name")} autoComplete="name" required />
        <Field
          id={`${idPrefix}-email`}
          {...fieldProps("email")}
          type="email"
          inputMode="email"
          label={t("email")}
          hint={t("emailHint")}
          autoComplete="email"
          required
        />
        <Field id={`${idPrefix}-phone`} {...fieldProps("phone")} type="tel" inputMode="tel" label={t("phone")} hint={t("phoneHint")} autoComplete="tel" />
        <PasswordFields
          idPrefix={idPrefix}
          labels={{ password: t("password"), passwordHint: t("passwordHint"), passwordConfirm: t("passwordConfirm") }}
          errors={{ password: fieldError("password"), passwordConfirm: fieldError("passwordConfirm") }}
        />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{organizationLegend}</legend>
        {children({ fieldError, value, fieldProps })}
      </fieldset>
      <ConsentField id={`${idPrefix}-consent`} officeName={officeName} defaultChecked={value("consent") === "on"} error={fieldError("consent")} />
      <SubmitButton pending={pending} pendingLabel={t("pending")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
