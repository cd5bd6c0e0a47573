"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerSme } from "@/lib/accounts/actions";
import { LegalForm } from "@/lib/generated/prisma/enums";
import { CheckEmailNotice } from "./check-email-notice";
import { ConsentField } from "./consent-field";
import { FormAlert } from "./form-alert";
import { PasswordFields } from "./password-fields";
import { useAccountForm } from "./use-account-form";

type SmeRegistrationFormProps = {
  kecamatan: readonly { code: string; name: string }[];
  officeName: string;
  devMailPath: string | null;
};

export function SmeRegistrationForm({ kecamatan, officeName, devMailPath }: SmeRegistrationFormProps) {
  const t = useTranslations("Registration");
  const tEnums = useTranslations("Enums");
  const locale = useLocale();
  const { state, pending, formProps, fieldError, value, formError } = useAccountForm(registerSme);

  if (state.ok) return <CheckEmailNotice email={state.values?.email ?? ""} devMailPath={devMailPath} />;

  return (
    <form {...formProps} className="space-y-8">
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{t("accountSection")}</legend>
        <Field id="sme-name" name="name" label={t("name")} autoComplete="name" required defaultValue={value("name")} error={fieldError("name")} />
        <Field
          id="sme-email"
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
          id="sme-phone"
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
          idPrefix="sme"
          labels={{ password: t("password"), passwordHint: t("passwordHint"), passwordConfirm: t("passwordConfirm") }}
          errors={{ password: fieldError("password"), passwordConfirm: fieldError("passwordConfirm") }}
        />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{t("businessSection")}</legend>
        <Field
          id="sme-legal-name"
          name="legalName"
          label={t("legalName")}
          hint={t("legalNameHint")}
          autoComplete="organization"
          required
          defaultValue={value("legalName")}
          error={fieldError("legalName")}
        />
        <Select
          id="sme-legal-form"
          name="legalForm"
          label={t("legalForm")}
          required
          defaultValue={value("legalForm") ?? ""}
          options={[
            { value: "", label: t("legalFormPlaceholder") },
            ...Object.values(LegalForm).map((form) => ({ value: form, label: tEnums(`legalForm.${form}`) })),
          ]}
          error={fieldError("legalForm")}
        />
        <Select
          id="sme-kecamatan"
          name="kecamatanCode"
          label={t("kecamatan")}
          required
          defaultValue={value("kecamatanCode") ?? ""}
          options={[{ value: "", label: t("kecamatanPlaceholder") }, ...kecamatan.map((row) => ({ value: row.code, label: row.name }))]}
          error={fieldError("kecamatanCode")}
        />
      </fieldset>
      <ConsentField id="sme-consent" officeName={officeName} defaultChecked={value("consent") === "on"} error={fieldError("consent")} />
      <SubmitButton pending={pending} pendingLabel={t("pending")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
