"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, FieldError, FieldHint } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { createAssistedEnterpriseAction } from "@/lib/assisted/actions";
import { LegalForm } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/config";

type AssistedEnterpriseFormProps = {
  kecamatan: readonly { code: string; name: string }[];
};

const legendClass = "mb-3 text-lg font-semibold text-brand-900";

/** Staff register an enterprise and its owner's (invited) account; success redirects to the profile steps. */
export function AssistedEnterpriseForm({ kecamatan }: AssistedEnterpriseFormProps) {
  const t = useTranslations("Assisted.form");
  const tEnums = useTranslations("Enums");
  const tLanguage = useTranslations("Language");
  const { pending, formProps, value, fieldProps, fieldError, formError } = useFormAction(createAssistedEnterpriseAction);
  const consentError = fieldError("ownerConsent");

  return (
    <form {...formProps} className="space-y-8">
      <FormAlert>{formError}</FormAlert>
      <fieldset className="space-y-5">
        <legend className={legendClass}>{t("ownerSection")}</legend>
        <Field id="assisted-owner-name" {...fieldProps("ownerName")} label={t("ownerName")} autoComplete="off" required />
        <Field
          id="assisted-owner-email"
          {...fieldProps("ownerEmail")}
          type="email"
          inputMode="email"
          label={t("ownerEmail")}
          hint={t("ownerEmailHint")}
          autoComplete="off"
          required
        />
        <Field
          id="assisted-owner-phone"
          {...fieldProps("ownerPhone")}
          type="tel"
          inputMode="tel"
          label={t("ownerPhone")}
          hint={t("ownerPhoneHint")}
          autoComplete="off"
        />
        <Select
          id="assisted-locale"
          name="locale"
          label={t("locale")}
          defaultValue={value("locale") ?? "id"}
          options={locales.map((option) => ({ value: option, label: tLanguage(option) }))}
        />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className={legendClass}>{t("businessSection")}</legend>
        <Field id="assisted-legal-name" {...fieldProps("legalName")} label={t("legalName")} hint={t("legalNameHint")} autoComplete="off" required />
        <Field id="assisted-brand-name" {...fieldProps("brandName")} label={t("brandName")} autoComplete="off" />
        <Select
          id="assisted-legal-form"
          {...fieldProps("legalForm")}
          defaultValue={value("legalForm") ?? ""}
          label={t("legalForm")}
          required
          options={[
            { value: "", label: t("legalFormPlaceholder") },
            ...Object.values(LegalForm).map((form) => ({ value: form, label: tEnums(`legalForm.${form}`) })),
          ]}
        />
        <Select
          id="assisted-kecamatan"
          {...fieldProps("kecamatanCode")}
          defaultValue={value("kecamatanCode") ?? ""}
          label={t("kecamatan")}
          required
          options={[{ value: "", label: t("kecamatanPlaceholder") }, ...kecamatan.map((row) => ({ value: row.code, label: row.name }))]}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legendClass}>{t("consentSection")}</legend>
        <div className="flex items-start gap-3">
          <input
            id="assisted-consent"
            name="ownerConsent"
            type="checkbox"
            value="on"
            defaultChecked={value("ownerConsent") === "on"}
            required
            aria-invalid={consentError ? true : undefined}
            aria-describedby={["assisted-consent-hint", consentError ? "assisted-consent-error" : null].filter(Boolean).join(" ")}
            className="mt-1 size-5 shrink-0 accent-brand-700"
          />
          <div className="space-y-1">
            <label htmlFor="assisted-consent" className="text-ink">
              {t("consent")}
            </label>
            <FieldHint id="assisted-consent" hint={t("consentHint")} />
          </div>
        </div>
        <FieldError id="assisted-consent" error={consentError} />
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("pending")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
