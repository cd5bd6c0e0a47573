"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { fuelUnits, gasUnits } from "@/lib/enterprises/energy-schemas";

export type EnergyValues = {
  electricityKwhPerMonth: string;
  fuelPerMonth: string;
  fuelUnit: string;
  gasPerMonth: string;
  gasUnit: string;
};

type EnergyFieldsetProps = {
  /** What the field shows: the value sent last (after a refusal) or the saved one. */
  start: (field: keyof EnergyValues) => string;
  fieldError: (field: string) => string | undefined;
};

/** Energy use per month (SIINas): electricity in kWh, fuel and gas each with its unit; all optional. */
export function EnergyFieldset({ start, fieldError }: EnergyFieldsetProps) {
  const t = useTranslations("EnterpriseProfile.energy");
  const amount = (id: string, name: keyof EnergyValues, label: string) => (
    <Field
      id={id}
      name={name}
      inputMode="numeric"
      autoComplete="off"
      label={label}
      defaultValue={start(name)}
      error={fieldError(name)}
    />
  );
  return (
    <fieldset className="space-y-4">
      <legend className="font-semibold text-ink">{t("heading")}</legend>
      <p className="text-sm text-muted">{t("lead")}</p>
      {amount("profile-electricity", "electricityKwhPerMonth", t("electricity"))}
      <div className="grid gap-5 sm:grid-cols-2">
        {amount("profile-fuel", "fuelPerMonth", t("fuel"))}
        <Select
          id="profile-fuel-unit"
          name="fuelUnit"
          label={t("fuelUnit")}
          options={[{ value: "", label: t("unitPlaceholder") }, ...fuelUnits.map((unit) => ({ value: unit, label: t(`fuelUnits.${unit}`) }))]}
          defaultValue={start("fuelUnit")}
          error={fieldError("fuelUnit")}
        />
        {amount("profile-gas", "gasPerMonth", t("gas"))}
        <Select
          id="profile-gas-unit"
          name="gasUnit"
          label={t("gasUnit")}
          options={[{ value: "", label: t("unitPlaceholder") }, ...gasUnits.map((unit) => ({ value: unit, label: t(`gasUnits.${unit}`) }))]}
          defaultValue={start("gasUnit")}
          error={fieldError("gasUnit")}
        />
      </div>
    </fieldset>
  );
}
