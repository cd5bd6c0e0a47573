"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerBuyer } from "@/lib/accounts/actions";
import { BuyerKind } from "@/lib/generated/prisma/enums";
import { CheckEmailNotice } from "./check-email-notice";
import { ConsentField } from "./consent-field";
import { FormAlert } from "./form-alert";
import { PasswordFields } from "./password-fields";
import { useAccountForm } from "./use-account-form";

type BuyerRegistrationFormProps = {
  /** ISO 3166-1 alpha-2 codes with their names in the page's language, Indonesia first. */
  countries: readonly { code: string; name: string }[];
  officeName: string;
  devMailPath: string | null;
};

export function BuyerRegistrationForm({ countries, officeName, devMailPath }: BuyerRegistrationFormProps) {
  const t = useTranslations("Registration");
  const tEnums = useTranslations("Enums");
  const locale = useLocale();
  const { state, pending, formProps, fieldError, value, formError } = useAccountForm(registerBuyer);

  if (state.ok) return <CheckEmailNotice email={state.values?.email ?? ""} devMailPath={devMailPath} />;

  return (
    <form {...formProps} className="space-y-8">
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{t("accountSection")}</legend>
        <Field id="buyer-name" name="name" label={t("name")} autoComplete="name" required defaultValue={value("name")} error={fieldError("name")} />
        <Field
          id="buyer-email"
          name="email"
          type="email"
          inputMode="email"
          label={t("email")}
          hint={t("emailHint")}
          autoComplete="email"
          required
          defaultValue={value("email")}
          error={fieldError("email")}
        />
        <Field
          id="buyer-phone"
          name="phone"
          type="tel"
          inputMode="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          autoComplete="tel"
          defaultValue={value("phone")}
          error={fieldError("phone")}
        />
        <PasswordFields
          idPrefix="buyer"
          labels={{ password: t("password"), passwordHint: t("passwordHint"), passwordConfirm: t("passwordConfirm") }}
          errors={{ password: fieldError("password"), passwordConfirm: fieldError("passwordConfirm") }}
        />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{t("organizationSection")}</legend>
        <Field
          id="buyer-organization"
          name="organizationName"
          label={t("organizationName")}
          autoComplete="organization"
          required
          defaultValue={value("organizationName")}
          error={fieldError("organizationName")}
        />
        <Select
          id="buyer-kind"
          name="kind"
          label={t("kind")}
          required
          defaultValue={value("kind") ?? ""}
          options={[
            { value: "", label: t("kindPlaceholder") },
            ...Object.values(BuyerKind).map((kind) => ({ value: kind, label: tEnums(`buyerKind.${kind}`) })),
          ]}
          error={fieldError("kind")}
        />
        <Field
          id="buyer-city"
          name="city"
          label={t("city")}
          autoComplete="address-level2"
          required
          defaultValue={value("city")}
          error={fieldError("city")}
        />
        <Select
          id="buyer-country"
          name="country"
          label={t("country")}
          autoComplete="country"
          defaultValue={value("country") ?? "ID"}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
          error={fieldError("country")}
        />
      </fieldset>
      <ConsentField id="buyer-consent" officeName={officeName} defaultChecked={value("consent") === "on"} error={fieldError("consent")} />
      <SubmitButton pending={pending} pendingLabel={t("pending")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
