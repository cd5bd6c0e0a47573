"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { buttonClassName } from "@/components/ui/button";
import { ModalDialog, useCloseDialog } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteCertificateAction } from "@/lib/certificates/actions";

function DeleteForm({ certificateId, text }: { certificateId: string; text: string }) {
  const t = useTranslations("Certificates.delete");
  const close = useCloseDialog();
  const { pending, formProps, formError } = useFormAction(deleteCertificateAction);
  return (
    <form {...formProps} className="mt-3 space-y-4">
      <p>{text}</p>
      <input type="hidden" name="certificateId" value={certificateId} />
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="flex flex-wrap justify-end gap-3">
        <button type="button" data-initial-focus className={buttonClassName("ghost")} onClick={close}>
          {t("cancel")}
        </button>
        <SubmitButton variant="danger" pending={pending} pendingLabel={t("pending")}>
          {t("confirm")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Delete with a confirmation dialog; the row disappears when the page revalidates. */
export function DeleteCertificateButton({ certificateId, label, number }: { certificateId: string; label: string; number: string }) {
  const t = useTranslations("Certificates.delete");
  return (
    <ModalDialog
      triggerLabel={t("label")}
      triggerName={t("name", { certificate: `${label} ${number}` })}
      triggerVariant="ghost"
      triggerSize="sm"
      title={t("title")}
    >
      <DeleteForm certificateId={certificateId} text={t("text", { certificate: label, number })} />
    </ModalDialog>
  );
}
