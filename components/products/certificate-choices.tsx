"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field";

export type CertificateChoice = { id: string; label: string; number: string };

/** Checkboxes of the enterprise's own certificates; the server refuses any other id. */
export function CertificateChoices({ certificates, checked, error }: { certificates: CertificateChoice[]; checked: string[]; error?: string }) {
  const t = useTranslations("Products.form");
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "product-certificates-hint product-certificates-error" : "product-certificates-hint"}>
      <legend className="font-medium text-ink">{t("certificates")}</legend>
      <p id="product-certificates-hint" className="text-sm text-muted">
        {certificates.length > 0 ? t("certificatesHint") : t("noCertificates")}
      </p>
      {certificates.length > 0 ? (
        <ul className="space-y-2">
          {certificates.map((certificate) => (
            <li key={certificate.id} className="flex items-start gap-3">
              <input
                id={`product-certificate-${certificate.id}`}
                type="checkbox"
                name="certificateIds"
                value={certificate.id}
                defaultChecked={checked.includes(certificate.id)}
                className="mt-1 size-5"
              />
              <label htmlFor={`product-certificate-${certificate.id}`}>
                {certificate.label} <span className="font-mono text-sm break-all text-muted">{certificate.number}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldError id="product-certificates" error={error} />
    </fieldset>
  );
}
