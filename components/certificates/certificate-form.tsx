"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { addCertificate } from "@/lib/certificates/actions";
import { checkCertificateNumber, expiryRequired } from "@/lib/certificates/formats";
import type { FormatCheck } from "@/lib/enterprises/identifiers";
import { CertificateType } from "@/lib/generated/prisma/enums";

const types = Object.values(CertificateType);

type Warning = Extract<FormatCheck, { warning: string }>;
const isWarning = (check: FormatCheck): check is Warning => check.ok && "warning" in check;

export function CertificateForm() {
  const t = useTranslations("Certificates.form");
  const tEnums = useTranslations("Enums.certificateType");
  const tAll = useTranslations();
  type Key = Parameters<typeof tAll.has>[0];
  const { state, pending, formProps, formRef, fieldError, fieldProps, value, formError } = useFormAction(addCertificate);
  const [type, setType] = useState<CertificateType>((value("type") as CertificateType | undefined) ?? "HALAL");
  const [number, setNumber] = useState(value("number") ?? "");

  // After a successful save the form starts again empty (state adjusted during render, the DOM in an effect).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.ok) {
      setType("HALAL");
      setNumber("");
    }
  }
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state, formRef]);

  // The same check the server makes, as the person types: errors block, warnings ask for a confirmation.
  const check = number.trim() === "" ? null : checkCertificateNumber(type, number);
  const liveError = check && !check.ok ? tAll(check.error as Key, check.values) : undefined;
  const warned = check && isWarning(check) ? check : null;
  const liveWarning = warned ? tAll(warned.warning as Key, warned.values) : undefined;
  const confirmError = fieldError("confirmNumber");
  const needsName = type === "ISO" || type === "OTHER";
  const expiryNeeded = expiryRequired(type);

  return (
    <form {...formProps} className="space-y-5">
      <Select
        id="certificate-type"
        name="type"
        label={t("type")}
        options={types.map((option) => ({ value: option, label: tEnums(option) }))}
        value={type}
        onChange={(event) => setType(event.target.value as CertificateType)}
        error={fieldError("type")}
      />
      <div className="space-y-2">
        <Field
          id="certificate-number"
          name="number"
          label={t("number")}
          hint={t("numberHint")}
          autoComplete="off"
          required
          maxLength={200}
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          error={fieldError("number") ?? liveError}
        />
        {liveWarning ? (
          <p role="status" className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
            <span aria-hidden="true">⚠ </span>
            {liveWarning}
          </p>
        ) : check?.ok && !fieldError("number") ? (
          <p role="status" className="text-sm text-green-800">
            <span aria-hidden="true">✓ </span>
            {t("numberOk")}
          </p>
        ) : null}
        {liveWarning || confirmError ? (
          <div className="space-y-1">
            <label htmlFor="certificate-confirm" className="flex min-h-11 items-center gap-3 font-medium">
              <input
                id="certificate-confirm"
                type="checkbox"
                name="confirmNumber"
                value="on"
                className="size-5"
                aria-invalid={confirmError ? true : undefined}
                aria-describedby={confirmError ? "certificate-confirm-error" : undefined}
              />
              {t("confirmNumber")}
            </label>
            <FieldError id="certificate-confirm" error={confirmError} />
          </div>
        ) : null}
      </div>
      {needsName ? <Field id="certificate-name" label={t("name")} hint={t("nameHint")} maxLength={120} required {...fieldProps("name")} /> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="certificate-issued" type="date" label={t("issuedAt")} {...fieldProps("issuedAt")} />
        <Field
          id="certificate-expires"
          type="date"
          label={expiryNeeded ? t("expiresAt") : t("expiresOptional")}
          required={expiryNeeded}
          {...fieldProps("expiresAt")}
        />
      </div>
      <Field
        id="certificate-document"
        name="document"
        type="file"
        accept=".pdf,image/*"
        label={t("document")}
        hint={t("documentHint")}
        error={fieldError("document")}
        className="file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-800"
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
