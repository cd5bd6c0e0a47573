"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { verifyCertificateAction } from "@/lib/certificates/actions";

export function VerifyCertificateButton({ certificateId, version, name }: { certificateId: string; version: string; name: string }) {
  const t = useTranslations("Certificates.staff");
  const { pending, formProps, formError } = useFormAction(verifyCertificateAction);
  return (
    <form {...formProps} aria-label={name} className="space-y-2">
      <input type="hidden" name="certificateId" value={certificateId} />
      <input type="hidden" name="reviewedVersion" value={version} />
      <SubmitButton size="sm" pending={pending} pendingLabel={t("verifying")}>
        {t("verify")}
      </SubmitButton>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
    </form>
  );
}
