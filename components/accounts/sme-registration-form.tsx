"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { registerSmeAction } from "@/lib/account-lifecycle/actions";
import { LegalForm } from "@/lib/generated/prisma/enums";
import { RegistrationForm } from "./registration-form";

type SmeRegistrationFormProps = {
  kecamatan: readonly { code: string; name: string }[];
  officeName: string;
  devMailPath: string | null;
};

export function SmeRegistrationForm({ kecamatan, officeName, devMailPath }: SmeRegistrationFormProps) {
  const t = useTranslations("Registration");
  const tEnums = useTranslations("Enums");
  return (
    <RegistrationForm action={registerSmeAction} idPrefix="sme" organizationLegend={t("businessSection")} officeName={officeName} devMailPath={devMailPath}>
      {({ value, fieldProps }) => (
        <>
          <Field
            id="sme-legal-name"
            {...fieldProps("legalName")}
            label={t("legalName")}
            hint={t("legalNameHint")}
            autoComplete="organization"
            required
          />
          <Select
            id="sme-legal-form"
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
            id="sme-kecamatan"
            {...fieldProps("kecamatanCode")}
            defaultValue={value("kecamatanCode") ?? ""}
            label={t("kecamatan")}
            required
            options={[{ value: "", label: t("kecamatanPlaceholder") }, ...kecamatan.map((row) => ({ value: row.code, label: row.name }))]}
          />
        </>
      )}
    </RegistrationForm>
  );
}
