"use client";

import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/ui/textarea-field";
import { CheckboxGroup } from "@/components/enterprise-profile/checkbox-group";
import { KbliCombobox } from "@/components/enterprise-profile/kbli-combobox";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveBuyerProfileAction } from "@/lib/buyers/profile-actions";
import { buyerProfileLimits, maxSourcingKbli } from "@/lib/buyers/schemas";
import type { KbliOption } from "@/lib/enterprises/kbli-search";
import { BuyerKind, CertificateType, PurchaseVolumeBand } from "@/lib/generated/prisma/enums";

export type BuyerProfileValues = {
  name: string;
  kind: string;
  country: string;
  city: string;
  description: string;
  website: string;
  purchaseVolumeBand: string;
  requiredCertificates: string[];
  exportDestinations: string[];
  sourcingKbli: KbliOption[];
};

type Country = { code: string; name: string };

const slots = Array.from({ length: maxSourcingKbli }, (_, index) => index);

/** The organisation profile: who the buyer is, what it sources and what it requires. Works without JavaScript. */
export function BuyerProfileForm({ initial, countries }: { initial: BuyerProfileValues; countries: Country[] }) {
  const t = useTranslations("BuyerProfile.form");
  const tEnums = useTranslations("Enums");
  const { state, pending, formProps, fieldError, value, values, formError } = useFormAction(saveBuyerProfileAction);
  const start = (field: Exclude<keyof BuyerProfileValues, "requiredCertificates" | "exportDestinations" | "sourcingKbli">) =>
    value(field) ?? initial[field];
  const kbliError = fieldError("sourcingKbli");

  return (
    <form {...formProps} className="space-y-8">
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold text-brand-900">{t("aboutHeading")}</legend>
        <Field id="buyer-name" name="name" label={t("name")} required maxLength={buyerProfileLimits.nameMax} autoComplete="organization" defaultValue={start("name")} error={fieldError("name")} />
        <Select
          id="buyer-kind"
          name="kind"
          label={t("kind")}
          required
          defaultValue={start("kind")}
          error={fieldError("kind")}
          options={Object.values(BuyerKind).map((kind) => ({ value: kind, label: tEnums(`buyerKind.${kind}`) }))}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <Select
            id="buyer-country"
            name="country"
            label={t("country")}
            required
            defaultValue={start("country")}
            error={fieldError("country")}
            options={countries.map((country) => ({ value: country.code, label: country.name }))}
          />
          <Field id="buyer-city" name="city" label={t("city")} required maxLength={buyerProfileLimits.cityMax} autoComplete="address-level2" defaultValue={start("city")} error={fieldError("city")} />
        </div>
        <Field
          id="buyer-website"
          name="website"
          type="url"
          inputMode="url"
          maxLength={buyerProfileLimits.websiteMax}
          label={t("website")}
          hint={t("websiteHint")}
          defaultValue={start("website")}
          error={fieldError("website")}
        />
        <TextareaField
          id="buyer-description"
          name="description"
          label={t("description")}
          hint={t("descriptionHint")}
          maxLength={buyerProfileLimits.descriptionMax}
          defaultValue={start("description")}
          error={fieldError("description")}
        />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold text-brand-900">{t("sourcingHeading")}</legend>
        <Select
          id="buyer-volume"
          name="purchaseVolumeBand"
          label={t("volume")}
          hint={t("volumeHint")}
          defaultValue={start("purchaseVolumeBand")}
          error={fieldError("purchaseVolumeBand")}
          options={[
            { value: "", label: t("volumeNone") },
            ...Object.values(PurchaseVolumeBand).map((band) => ({ value: band, label: tEnums(`purchaseVolumeBand.${band}`) })),
          ]}
        />
        <fieldset className="space-y-4" aria-describedby={["buyer-kbli-hint", kbliError ? "buyer-kbli-error" : null].filter(Boolean).join(" ")}>
          <legend className="font-medium text-ink">{t("kbli")}</legend>
          <p id="buyer-kbli-hint" className="text-sm text-muted">
            {t("kbliHint", { count: maxSourcingKbli })}
          </p>
          {slots.map((slot) => (
            <KbliCombobox
              key={slot}
              id={`buyer-kbli-${slot + 1}`}
              name="sourcingKbli"
              label={t("kbliSlot", { number: slot + 1 })}
              initial={initial.sourcingKbli[slot] ?? null}
              initialText={values("sourcingKbli")?.[slot]}
              invalidBy={kbliError ? "buyer-kbli-error" : undefined}
            />
          ))}
          <FieldError id="buyer-kbli" error={kbliError} />
        </fieldset>
        <CheckboxGroup
          id="buyer-certificates"
          name="requiredCertificates"
          legend={t("certificates")}
          hint={t("certificatesHint")}
          options={Object.values(CertificateType).map((type) => ({ value: type, label: tEnums(`certificateType.${type}`) }))}
          defaultChecked={values("requiredCertificates") ?? initial.requiredCertificates}
          error={fieldError("requiredCertificates")}
        />
        <CheckboxGroup
          id="buyer-destinations"
          name="exportDestinations"
          legend={t("destinations")}
          hint={t("destinationsHint")}
          options={countries.filter((country) => country.code !== "ID").map((country) => ({ value: country.code, label: `${country.name} (${country.code})` }))}
          defaultChecked={values("exportDestinations") ?? initial.exportDestinations}
          error={fieldError("exportDestinations")}
          scroll
        />
      </fieldset>

      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
