"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { buttonClassName } from "@/components/ui/button";
import { ModalDialog, useCloseDialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/auth/action";
import { inquiryLimits } from "@/lib/inquiries/schemas";

/** A reply on an open thread, by the side whose action is given. */
export function ReplyForm({ action, inquiryId }: { action: FormAction; inquiryId: string }) {
  const t = useTranslations("Inquiries.thread");
  const { state, pending, formRef, formProps, fieldError, value, formError } = useFormAction(action);
  // A sent reply empties the field (the answer is a new state object each time).
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state, formRef]);
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <TextareaField
        id="inquiry-reply"
        name="body"
        label={t("replyLabel")}
        hint={t("replyHint", { min: inquiryLimits.bodyMin })}
        required
        rows={5}
        maxLength={inquiryLimits.bodyMax}
        defaultValue={value("body")}
        error={fieldError("body")}
      />
      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("replySending")}>
          {t("replySubmit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}

function CloseFormBody({ action, inquiryId }: { action: FormAction; inquiryId: string }) {
  const t = useTranslations("Inquiries.thread");
  const close = useCloseDialog();
  const { pending, formProps, formError } = useFormAction(action);
  return (
    <form {...formProps} className="mt-3 space-y-4">
      <p>{t("closeText")}</p>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="flex flex-wrap justify-end gap-3">
        <button type="button" data-initial-focus className={buttonClassName("ghost")} onClick={close}>
          {t("closeCancel")}
        </button>
        <SubmitButton pending={pending} pendingLabel={t("closing")}>
          {t("closeConfirm")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Closing a thread, after a confirmation: nobody can reply afterwards. */
export function CloseInquiryButton({ action, inquiryId }: { action: FormAction; inquiryId: string }) {
  const t = useTranslations("Inquiries.thread");
  return (
    <ModalDialog triggerLabel={t("closeLabel")} title={t("closeTitle")}>
      <CloseFormBody action={action} inquiryId={inquiryId} />
    </ModalDialog>
  );
}

/** The buyer's first message about a product or supplier; success leads to the new thread. */
export function StartInquiryForm({ action, target, slug, defaultSubject }: { action: FormAction; target: "product" | "supplier"; slug: string; defaultSubject: string }) {
  const t = useTranslations("Inquiries.new");
  const { pending, formProps, fieldError, value, formError } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="slug" value={slug} />
      <Field
        id="inquiry-subject"
        name="subject"
        label={t("subject")}
        hint={t("subjectHint")}
        required
        maxLength={inquiryLimits.subjectMax}
        defaultValue={value("subject") ?? defaultSubject}
        error={fieldError("subject")}
      />
      <TextareaField
        id="inquiry-body"
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        required
        rows={7}
        maxLength={inquiryLimits.bodyMax}
        defaultValue={value("body")}
        error={fieldError("body")}
      />
      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : null}
      </div>
    </form>
  );
}
