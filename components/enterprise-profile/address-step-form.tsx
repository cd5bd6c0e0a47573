"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/auth/action";
import { ProfileTargetField, type StepFormProps } from "./profile-target-field";

export type AddressStepValues = { kecamatanCode: string; kelurahanCode: string; address: string; sentraId: string };

export type AddressOptions = {
  kecamatan: { code: string; name: string }[];
  kelurahan: { code: string; name: string; kecamatanCode: string }[];
  sentra: { id: string; name: string }[];
};

export function AddressStepForm({
  action,
  enterpriseId,
  initial,
  options,
}: StepFormProps<FormAction> & { initial: AddressStepValues; options: AddressOptions }) {
  const t = useTranslations("EnterpriseProfile.address");
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(action);
  const start = (field: keyof AddressStepValues) => value(field) ?? initial[field];
  const [kecamatanCode, setKecamatanCode] = useState(start("kecamatanCode"));
  const [kelurahanCode, setKelurahanCode] = useState(start("kelurahanCode"));
  // Only the kelurahan of the chosen kecamatan are offered; the server checks the pair again.
  const kelurahan = options.kelurahan.filter((option) => option.kecamatanCode === kecamatanCode);

  return (
    <form {...formProps} className="space-y-5">
      <ProfileTargetField enterpriseId={enterpriseId} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Select
          id="profile-kecamatan"
          name="kecamatanCode"
          label={t("kecamatan")}
          required
          options={[{ value: "", label: t("kecamatanPlaceholder") }, ...options.kecamatan.map((option) => ({ value: option.code, label: option.name }))]}
          value={kecamatanCode}
          onChange={(event) => {
            setKecamatanCode(event.target.value);
            setKelurahanCode("");
          }}
          error={fieldError("kecamatanCode")}
        />
        <Select
          id="profile-kelurahan"
          name="kelurahanCode"
          label={t("kelurahan")}
          hint={t("kelurahanHint")}
          required
          options={[{ value: "", label: t("kelurahanPlaceholder") }, ...kelurahan.map((option) => ({ value: option.code, label: option.name }))]}
          value={kelurahanCode}
          onChange={(event) => setKelurahanCode(event.target.value)}
          error={fieldError("kelurahanCode")}
        />
      </div>
      <Field
        id="profile-address"
        name="address"
        label={t("address")}
        hint={t("addressHint")}
        autoComplete="street-address"
        required
        maxLength={300}
        defaultValue={start("address")}
        error={fieldError("address")}
      />
      <Select
        id="profile-sentra"
        name="sentraId"
        label={t("sentra")}
        options={[{ value: "", label: t("sentraNone") }, ...options.sentra.map((option) => ({ value: option.id, label: option.name }))]}
        defaultValue={start("sentraId")}
        error={fieldError("sentraId")}
      />
      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
