"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/auth/action";
import { salesChannelCodes } from "@/lib/enterprises/profile-step-schemas";
import { BuyerKind } from "@/lib/generated/prisma/enums";
import { CheckboxGroup } from "./checkbox-group";
import { ProfileTargetField, type StepFormProps } from "./profile-target-field";

type ContactField = "phone" | "whatsapp" | "email" | "website" | "instagram" | "facebook" | "tiktok" | "marketplaceUrl";

export type MarketStepValues = {
  salesChannels: string[];
  sellsNationally: boolean;
  exportCountries: string[];
  targetBuyerKinds: string[];
} & Record<ContactField, string>;

type MarketStepFormProps = StepFormProps<FormAction> & {
  initial: MarketStepValues;
  /** Export markets with their names in the page's language. */
  countries: { code: string; name: string }[];
};

export function MarketStepForm({ action, enterpriseId, initial, countries }: MarketStepFormProps) {
  const t = useTranslations("EnterpriseProfile.market");
  const tKinds = useTranslations("Enums.buyerKind");
  const { state, pending, formProps, fieldError, value, values, formError } = useFormAction(action);
  const contact = (field: ContactField) => ({ name: field, defaultValue: value(field) ?? initial[field], error: fieldError(field) });

  return (
    <form {...formProps} className="space-y-6">
      <ProfileTargetField enterpriseId={enterpriseId} />
      <CheckboxGroup
        id="profile-sales-channels"
        name="salesChannels"
        legend={t("salesChannels")}
        options={salesChannelCodes.map((code) => ({ value: code, label: t(`channel.${code}`) }))}
        defaultChecked={values("salesChannels") ?? initial.salesChannels}
        error={fieldError("salesChannels")}
      />
      <label className="flex min-h-11 items-center gap-3 font-medium">
        <input type="checkbox" name="sellsNationally" value="on" defaultChecked={values("sellsNationally")?.includes("on") ?? initial.sellsNationally} className="size-5" />
        {t("sellsNationally")}
      </label>
      <CheckboxGroup
        id="profile-export-countries"
        name="exportCountries"
        legend={t("exportCountries")}
        hint={t("exportCountriesHint")}
        options={countries.map((country) => ({ value: country.code, label: `${country.name} (${country.code})` }))}
        defaultChecked={values("exportCountries") ?? initial.exportCountries}
        error={fieldError("exportCountries")}
        scroll
      />
      <CheckboxGroup
        id="profile-buyer-kinds"
        name="targetBuyerKinds"
        legend={t("targetBuyerKinds")}
        options={Object.values(BuyerKind).map((kind) => ({ value: kind, label: tKinds(kind) }))}
        defaultChecked={values("targetBuyerKinds") ?? initial.targetBuyerKinds}
        error={fieldError("targetBuyerKinds")}
      />
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold text-brand-900">{t("contactsHeading")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="profile-whatsapp" type="tel" inputMode="tel" autoComplete="tel" maxLength={30} label={t("whatsapp")} hint={t("whatsappHint")} {...contact("whatsapp")} />
          <Field id="profile-phone" type="tel" inputMode="tel" maxLength={30} label={t("phone")} hint={t("phoneHint")} {...contact("phone")} />
          <Field id="profile-email" type="email" autoComplete="email" maxLength={254} label={t("email")} {...contact("email")} />
          <Field id="profile-website" type="url" inputMode="url" maxLength={300} label={t("website")} hint={t("urlHint")} {...contact("website")} />
          <Field id="profile-instagram" maxLength={300} label={t("instagram")} hint={t("socialHint")} {...contact("instagram")} />
          <Field id="profile-facebook" maxLength={300} label={t("facebook")} hint={t("socialHint")} {...contact("facebook")} />
          <Field id="profile-tiktok" maxLength={300} label={t("tiktok")} hint={t("socialHint")} {...contact("tiktok")} />
          <Field
            id="profile-marketplace"
            type="url"
            inputMode="url"
            maxLength={300}
            label={t("marketplaceUrl")}
            hint={t("marketplaceHint")}
            {...contact("marketplaceUrl")}
          />
        </div>
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
