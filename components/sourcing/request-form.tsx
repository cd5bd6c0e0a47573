"use client";

import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/ui/textarea-field";
import { KbliCombobox } from "@/components/enterprise-profile/kbli-combobox";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { createRequestAction } from "@/lib/sourcing/actions";
import { sourcingLimits } from "@/lib/sourcing/schemas";

type RequestFormProps = {
  certificates: { value: string; label: string }[];
  countries: { code: string; name: string }[];
  /** Today's date (WIB) as YYYY-MM-DD: the earliest deadline. */
  minDeadline: string;
};

/** A buyer's new sourcing request. Without JavaScript it posts normally and refills from the answer. */
export function RequestForm({ certificates, countries, minDeadline }: RequestFormProps) {
  const t = useTranslations("Sourcing.form");
  const { state, pending, formProps, fieldError, value, fieldProps, formError } = useFormAction(createRequestAction);
  // Without JavaScript the answer refills only the first ticked box; with it, the form keeps them all.
  const ticked = new Set([value("requiredCertificates")].filter(Boolean));

  return (
    <form {...formProps} className="space-y-5">
      <Field id="request-title" label={t("title")} hint={t("titleHint")} required maxLength={sourcingLimits.titleMax} {...fieldProps("title")} />
      <TextareaField
        id="request-description"
        label={t("description")}
        hint={t("descriptionHint")}
        required
        rows={5}
        maxLength={sourcingLimits.descriptionMax}
        {...fieldProps("description")}
      />
      <KbliCombobox
        id="request-kbli"
        name="kbliCode"
        label={t("kbli")}
        hint={t("kbliHint")}
        required
        initial={null}
        initialText={value("kbliCode")}
        error={fieldError("kbliCode")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="request-quantity" label={t("quantityPerMonth")} inputMode="numeric" required {...fieldProps("quantityPerMonth")} />
        <Field id="request-unit" label={t("unit")} hint={t("unitHint")} required maxLength={sourcingLimits.unitMax} {...fieldProps("unit")} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="request-price-min" label={t("targetPriceMin")} hint={t("priceHint")} inputMode="numeric" {...fieldProps("targetPriceMin")} />
        <Field id="request-price-max" label={t("targetPriceMax")} hint={t("priceHint")} inputMode="numeric" {...fieldProps("targetPriceMax")} />
      </div>
      <fieldset className="space-y-2" aria-describedby={fieldError("requiredCertificates") ? "request-certificates-error" : undefined}>
        <legend className="font-medium text-ink">{t("requiredCertificates")}</legend>
        <p className="text-sm text-muted">{t("requiredCertificatesHint")}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {certificates.map((certificate) => (
            <label key={certificate.value} className="flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                name="requiredCertificates"
                value={certificate.value}
                defaultChecked={ticked.has(certificate.value)}
                className="size-5"
              />
              {certificate.label}
            </label>
          ))}
        </div>
        <FieldError id="request-certificates" error={fieldError("requiredCertificates")} />
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <Select
          id="request-destination"
          label={t("exportDestination")}
          hint={t("exportDestinationHint")}
          options={[{ value: "", label: t("domestic") }, ...countries.map((country) => ({ value: country.code, label: country.name }))]}
          {...fieldProps("exportDestination")}
        />
        <Field id="request-deadline" type="date" label={t("deadline")} hint={t("deadlineHint")} min={minDeadline} {...fieldProps("deadline")} />
      </div>
      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("submit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
