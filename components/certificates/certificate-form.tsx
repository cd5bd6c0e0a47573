"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { buttonClassName } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { addCertificateAction, updateCertificateAction } from "@/lib/certificates/actions";
import { checkCertificateNumber, expiryRequired, normalizeCertificateNumber } from "@/lib/certificates/formats";
import type { FormatCheck } from "@/lib/enterprises/identifiers";
import { CertificateType } from "@/lib/generated/prisma/enums";
import { maxUploadBytes } from "@/lib/storage/sniff";

const types = Object.values(CertificateType);

type Warning = Extract<FormatCheck, { warning: string }>;
const isWarning = (check: FormatCheck): check is Warning => check.ok && "warning" in check;

/** A certificate being edited, as the form shows it (dates as YYYY-MM-DD, "" when empty). */
export interface EditableCertificate {
  id: string;
  type: CertificateType;
  number: string;
  name: string;
  issuedAt: string;
  expiresAt: string;
  verified: boolean;
  hasDocument: boolean;
}

/** Adds a certificate, or with `certificate` edits that one (prefilled, same checks). */
export function CertificateForm({ certificate }: { certificate?: EditableCertificate }) {
  const t = useTranslations("Certificates.form");
  const tEdit = useTranslations("Certificates.edit");
  const tEnums = useTranslations("Enums.certificateType");
  const tAll = useTranslations();
  type Key = Parameters<typeof tAll.has>[0];
  const editing = certificate !== undefined;
  const { state, pending, formProps, formRef, fieldError, fieldProps, value, formError } = useFormAction(
    editing ? updateCertificateAction : addCertificateAction,
  );
  const [type, setType] = useState<CertificateType>((value("type") as CertificateType | undefined) ?? certificate?.type ?? "HALAL");
  const [number, setNumber] = useState(value("number") ?? certificate?.number ?? "");
  const [issuedAt, setIssuedAt] = useState(value("issuedAt") ?? certificate?.issuedAt ?? "");
  const [expiresAt, setExpiresAt] = useState(value("expiresAt") ?? certificate?.expiresAt ?? "");
  const [fileTooLarge, setFileTooLarge] = useState(false);

  // After a successful add the form starts again empty (state adjusted during render, the DOM in an effect).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.ok && !editing) {
      setType("HALAL");
      setNumber("");
      setIssuedAt("");
      setExpiresAt("");
    }
  }
  useEffect(() => {
    if (state.ok && !editing) formRef.current?.reset();
  }, [state, formRef, editing]);

  // The same check the server makes, as the person types: errors block, warnings ask for a confirmation.
  const check = number.trim() === "" ? null : checkCertificateNumber(type, number);
  const liveError = check && !check.ok ? tAll(check.error as Key, check.values) : undefined;
  const warned = check && isWarning(check) ? check : null;
  const liveWarning = warned ? tAll(warned.warning as Key, warned.values) : undefined;
  const confirmError = fieldError("confirmNumber");
  const needsName = type === "ISO" || type === "OTHER";
  const expiryNeeded = expiryRequired(type);
  // Said before saving: a new type, number or date sends a verified certificate back to staff.
  const losesVerification =
    certificate?.verified === true &&
    (type !== certificate.type ||
      normalizeCertificateNumber(type, number) !== certificate.number ||
      issuedAt !== certificate.issuedAt ||
      expiresAt !== certificate.expiresAt);

  return (
    <form {...formProps} className="space-y-5">
      {certificate ? <input type="hidden" name="certificateId" value={certificate.id} /> : null}
      {certificate?.verified ? <p className="text-sm text-muted">{tEdit("verifiedNote")}</p> : null}
      <Select
        id={editing ? "edit-certificate-type" : "certificate-type"}
        name="type"
        label={t("type")}
        options={types.map((option) => ({ value: option, label: tEnums(option) }))}
        value={type}
        onChange={(event) => setType(event.target.value as CertificateType)}
        error={fieldError("type")}
      />
      <div className="space-y-2">
        <Field
          id={editing ? "edit-certificate-number" : "certificate-number"}
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
      {needsName || editing ? (
        <Field
          id={editing ? "edit-certificate-name" : "certificate-name"}
          label={needsName ? t("name") : tEdit("nameOptional")}
          hint={t("nameHint")}
          maxLength={120}
          required={needsName}
          {...fieldProps("name")}
          defaultValue={value("name") ?? certificate?.name}
        />
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={editing ? "edit-certificate-issued" : "certificate-issued"}
          type="date"
          name="issuedAt"
          label={t("issuedAt")}
          value={issuedAt}
          onChange={(event) => setIssuedAt(event.target.value)}
          error={fieldError("issuedAt")}
        />
        <Field
          id={editing ? "edit-certificate-expires" : "certificate-expires"}
          type="date"
          name="expiresAt"
          label={expiryNeeded ? t("expiresAt") : t("expiresOptional")}
          required={expiryNeeded}
          value={expiresAt}
          onChange={(event) => setExpiresAt(event.target.value)}
          error={fieldError("expiresAt")}
        />
      </div>
      <Field
        id={editing ? "edit-certificate-document" : "certificate-document"}
        name="document"
        type="file"
        accept=".pdf,image/*"
        label={editing ? tEdit("document") : t("document")}
        hint={editing && certificate?.hasDocument ? tEdit("documentHint") : t("documentHint")}
        error={fieldError("document") ?? (fileTooLarge ? t("documentTooLarge") : undefined)}
        onChange={(event) => setFileTooLarge((event.target.files?.[0]?.size ?? 0) > maxUploadBytes)}
        className="file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-800"
      />
      {losesVerification ? (
        <p role="status" className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
          <span aria-hidden="true">⚠ </span>
          {tEdit("losesVerification")}
        </p>
      ) : null}
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending} pendingLabel={t("submitting")}>
            {editing ? tEdit("submit") : t("submit")}
          </SubmitButton>
          {editing ? (
            <Link href="/ikm/sertifikat" className={buttonClassName("ghost")}>
              {tEdit("cancel")}
            </Link>
          ) : null}
        </div>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
