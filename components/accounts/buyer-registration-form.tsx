"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { registerBuyerAction } from "@/lib/account-lifecycle/actions";
import { BuyerKind } from "@/lib/generated/prisma/enums";
import { RegistrationForm } from "./registration-form";

type BuyerRegistrationFormProps = {
  /** ISO 3166-1 alpha-2 codes with their names in the page's language, Indonesia first. */
  countries: readonly { code: string; name: string }[];
  officeName: string;
  devMailPath: string | null;
};

export function BuyerRegistrationForm({ countries, officeName, devMailPath }: BuyerRegistrationFormProps) {
  const t = useTranslations("Registration");
  const tEnums = useTranslations("Enums");
  return (
    <RegistrationForm
      action={registerBuyerAction}
      idPrefix="buyer"
      organizationLegend={t("organizationSection")}
      officeName={officeName}
      devMailPath={devMailPath}
    >
      {({ value, fieldProps }) => (
        <>
          <Field id="buyer-organization" {...fieldProps("organizationName")} label={t("organizationName")} autoComplete="organization" required />
          <Select
            id="buyer-kind"
            {...fieldProps("kind")}
            defaultValue={value("kind") ?? ""}
            label={t("kind")}
            required
            options={[
              { value: "", label: t("kindPlaceholder") },
              ...Object.values(BuyerKind).map((kind) => ({ value: kind, label: tEnums(`buyerKind.${kind}`) })),
            ]}
          />
          <Field id="buyer-city" {...fieldProps("city")} label={t("city")} autoComplete="address-level2" required />
          <Select
            id="buyer-country"
            {...fieldProps("country")}
            defaultValue={value("country") ?? "ID"}
            label={t("country")}
            autoComplete="country"
            options={countries.map((country) => ({ value: country.code, label: country.name }))}
          />
        </>
      )}
    </RegistrationForm>
  );
}
