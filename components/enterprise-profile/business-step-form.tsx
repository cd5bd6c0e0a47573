"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { checkNib, checkNpwp } from "@/lib/enterprises/identifiers";
import type { FormAction } from "@/lib/auth/action";
import { parseRupiah } from "@/lib/forms/fields";
import { classifyBusinessScale } from "@/lib/enterprises/scale";
import { LegalForm } from "@/lib/generated/prisma/enums";
import { IdentifierField } from "./identifier-field";
import { ProfileTargetField, type StepFormProps } from "./profile-target-field";
import { ScaleSummary } from "./scale-summary";

const legalForms = Object.values(LegalForm);

/** What the form starts with: the saved profile, as text. */
export type BusinessStepValues = {
  legalName: string;
  brandName: string;
  legalForm: LegalForm;
  nib: string;
  npwp: string;
  yearFounded: string;
  workforce: string;
  capitalRupiah: string;
  annualSalesRupiah: string;
};

const known = (raw: string) => {
  const parsed = parseRupiah(raw);
  return parsed.ok ? parsed.value : null;
};

export function BusinessStepForm({ action, enterpriseId, initial }: StepFormProps<FormAction> & { initial: BusinessStepValues }) {
  const t = useTranslations("EnterpriseProfile.business");
  const tEnums = useTranslations("Enums.legalForm");
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(action);
  const start = (field: keyof BusinessStepValues) => value(field) ?? initial[field];
  const text = (field: keyof BusinessStepValues) => ({ name: field, defaultValue: start(field), error: fieldError(field) });
  const [capital, setCapital] = useState(start("capitalRupiah"));
  const [sales, setSales] = useState(start("annualSalesRupiah"));
  // The preview uses the same rule the server saves; the server computes it again on save.
  const preview = classifyBusinessScale({ capitalRupiah: known(capital), annualSalesRupiah: known(sales) });
  const currentYear = new Date().getFullYear();

  return (
    <form {...formProps} className="space-y-5">
      <ProfileTargetField enterpriseId={enterpriseId} />
      <Field id="profile-legal-name" label={t("legalName")} autoComplete="organization" required maxLength={160} {...text("legalName")} />
      <Field id="profile-brand-name" label={t("brandName")} hint={t("brandNameHint")} maxLength={120} {...text("brandName")} />
      <Select
        id="profile-legal-form"
        label={t("legalForm")}
        options={legalForms.map((option) => ({ value: option, label: tEnums(option) }))}
        {...text("legalForm")}
      />
      <IdentifierField
        id="profile-nib"
        name="nib"
        confirmName="confirmNib"
        label={t("nib")}
        hint={t("nibHint")}
        okText={t("nibOk")}
        confirmLabel={t("confirmNib")}
        required
        initialValue={start("nib")}
        check={checkNib}
        error={fieldError("nib")}
        confirmError={fieldError("confirmNib")}
      />
      <IdentifierField
        id="profile-npwp"
        name="npwp"
        confirmName="confirmNpwp"
        label={t("npwp")}
        hint={t("npwpHint")}
        confirmLabel={t("confirmNpwp")}
        initialValue={start("npwp")}
        check={checkNpwp}
        error={fieldError("npwp")}
        confirmError={fieldError("confirmNpwp")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id="profile-year-founded"
          type="number"
          inputMode="numeric"
          min={1900}
          max={currentYear}
          step={1}
          label={t("yearFounded")}
          {...text("yearFounded")}
        />
        <Field
          id="profile-workforce"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          label={t("workforce")}
          hint={t("workforceHint")}
          {...text("workforce")}
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id="profile-capital"
          name="capitalRupiah"
          inputMode="numeric"
          autoComplete="off"
          label={t("capital")}
          hint={t("capitalHint")}
          value={capital}
          onChange={(event) => setCapital(event.target.value)}
          error={fieldError("capitalRupiah")}
        />
        <Field
          id="profile-sales"
          name="annualSalesRupiah"
          inputMode="numeric"
          autoComplete="off"
          label={t("sales")}
          hint={t("salesHint")}
          value={sales}
          onChange={(event) => setSales(event.target.value)}
          error={fieldError("annualSalesRupiah")}
        />
      </div>
      <ScaleSummary result={preview} heading={t("scalePreview")} headingId="profile-scale-preview" />
      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
