"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { controlProps, Field, FieldError, FieldFrame } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/auth/action";
import type { KbliOption } from "@/lib/enterprises/kbli-search";
import { capacityUnitSuggestions, maxKbliCodes } from "@/lib/enterprises/profile-step-schemas";
import { EnergyFieldset, type EnergyValues } from "./energy-fieldset";
import { KbliCombobox } from "./kbli-combobox";
import { ProfileTargetField, type StepFormProps } from "./profile-target-field";

export type SectorStepValues = {
  primary: KbliOption | null;
  additional: KbliOption[];
  monthlyCapacity: string;
  installedCapacity: string;
  capacityUnit: string;
  rawMaterials: string;
} & EnergyValues;

const slots = Array.from({ length: maxKbliCodes - 1 }, (_, index) => index);

export function SectorStepForm({ action, enterpriseId, initial }: StepFormProps<FormAction> & { initial: SectorStepValues }) {
  const t = useTranslations("EnterpriseProfile.sector");
  const { state, pending, formProps, fieldError, value, values, formError } = useFormAction(action);
  const start = (field: Exclude<keyof SectorStepValues, "primary" | "additional">) => value(field) ?? initial[field];
  const additionalError = fieldError("additionalKbli");

  return (
    <form {...formProps} className="space-y-6">
      <ProfileTargetField enterpriseId={enterpriseId} />
      <KbliCombobox
        id="profile-primary-kbli"
        name="primaryKbli"
        label={t("primaryKbli")}
        hint={t("kbliHint")}
        required
        initial={initial.primary}
        initialText={value("primaryKbli")}
        error={fieldError("primaryKbli")}
      />
      <fieldset className="space-y-4" aria-describedby={additionalError ? "profile-additional-kbli-error" : undefined}>
        <legend className="font-semibold text-ink">{t("additionalKbli")}</legend>
        <p className="text-sm text-muted">{t("additionalKbliHint", { count: maxKbliCodes - 1 })}</p>
        {slots.map((slot) => (
          <KbliCombobox
            key={slot}
            id={`profile-additional-kbli-${slot + 1}`}
            name="additionalKbli"
            label={t("additionalKbliSlot", { number: slot + 1 })}
            initial={initial.additional[slot] ?? null}
            initialText={values("additionalKbli")?.[slot]}
            invalidBy={additionalError ? "profile-additional-kbli-error" : undefined}
          />
        ))}
        <FieldError id="profile-additional-kbli" error={additionalError} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="font-semibold text-ink">{t("capacityHeading")}</legend>
        <p className="text-sm text-muted">{t("capacityLead")}</p>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field
            id="profile-monthly-capacity"
            name="monthlyCapacity"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            label={t("monthlyCapacity")}
            defaultValue={start("monthlyCapacity")}
            error={fieldError("monthlyCapacity")}
          />
          <Field
            id="profile-installed-capacity"
            name="installedCapacity"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            label={t("installedCapacity")}
            hint={t("installedCapacityHint")}
            defaultValue={start("installedCapacity")}
            error={fieldError("installedCapacity")}
          />
          <Field
            id="profile-capacity-unit"
            name="capacityUnit"
            list="profile-capacity-units"
            maxLength={30}
            autoComplete="off"
            label={t("capacityUnit")}
            hint={t("capacityUnitHint")}
            defaultValue={start("capacityUnit")}
            error={fieldError("capacityUnit")}
          />
          <datalist id="profile-capacity-units">
            {capacityUnitSuggestions.map((unit) => (
              <option key={unit} value={unit} />
            ))}
          </datalist>
        </div>
      </fieldset>
      <FieldFrame id="profile-raw-materials" label={t("rawMaterials")} hint={t("rawMaterialsHint")} error={fieldError("rawMaterials")}>
        <textarea
          {...controlProps({ id: "profile-raw-materials", hint: t("rawMaterialsHint"), error: fieldError("rawMaterials") }, "min-h-24")}
          name="rawMaterials"
          maxLength={500}
          rows={3}
          defaultValue={start("rawMaterials")}
        />
      </FieldFrame>
      <EnergyFieldset start={start} fieldError={fieldError} />
      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
