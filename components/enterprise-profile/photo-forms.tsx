"use client";

import { useTranslations } from "next-intl";
import { type ChangeEvent, type FormEvent, useEffect, useState } from "react";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { buttonClassName } from "@/components/ui/button";
import { ModalDialog, useCloseDialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/auth/action";
import type { EnterprisePhotoKind } from "@/lib/generated/prisma/enums";
import { maxPhotoBytes } from "@/lib/images/check";
import { ProfileTargetField } from "./profile-target-field";

type UploadFormProps = { action: FormAction; enterpriseId?: string; kind: EnterprisePhotoKind; hasLogo: boolean };

/** One file per submit: the logo (replacing the previous one) or one more photo. */
export function PhotoUploadForm({ action, enterpriseId, kind, hasLogo }: UploadFormProps) {
  const t = useTranslations("EnterpriseProfile.photos");
  const { state, pending, formProps, formRef, fieldError, formError } = useFormAction(action);
  // An instant answer for a file that is too large; the server checks every upload again.
  const [tooLarge, setTooLarge] = useState(false);
  const id = kind === "LOGO" ? "profile-logo-file" : "profile-photo-file";

  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state, formRef]);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setTooLarge(file !== undefined && file.size > maxPhotoBytes);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (tooLarge) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      return;
    }
    formProps.onSubmit(event);
  }

  return (
    <form {...formProps} onSubmit={onSubmit} encType="multipart/form-data" className="space-y-3">
      <ProfileTargetField enterpriseId={enterpriseId} />
      <input type="hidden" name="kind" value={kind} />
      <Field
        id={id}
        name="photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        label={kind === "LOGO" ? t(hasLogo ? "logoReplaceLabel" : "logoLabel") : t("photoLabel")}
        hint={t("fileHint")}
        required
        onChange={onChange}
        error={tooLarge ? t("tooLargeNow") : fieldError("photo")}
        className="file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-800"
      />
      <SubmitButton pending={pending} pendingLabel={t("uploading")}>
        {kind === "LOGO" ? t("logoSubmit") : t("photoSubmit")}
      </SubmitButton>
      {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
    </form>
  );
}

function DeleteForm({ action, enterpriseId, photoId }: { action: FormAction; enterpriseId?: string; photoId: string }) {
  const t = useTranslations("EnterpriseProfile.photos");
  const close = useCloseDialog();
  const { pending, formProps, formError } = useFormAction(action);
  return (
    <form {...formProps} className="mt-3 space-y-4">
      <p>{t("deleteText")}</p>
      <ProfileTargetField enterpriseId={enterpriseId} />
      <input type="hidden" name="photoId" value={photoId} />
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="flex flex-wrap justify-end gap-3">
        <button type="button" data-initial-focus className={buttonClassName("ghost")} onClick={close}>
          {t("deleteCancel")}
        </button>
        <SubmitButton variant="danger" pending={pending} pendingLabel={t("deleting")}>
          {t("deleteConfirm")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Delete with a confirmation dialog; the thumbnail disappears when the page revalidates. */
export function DeletePhotoButton(props: { action: FormAction; enterpriseId?: string; photoId: string; name: string }) {
  const t = useTranslations("EnterpriseProfile.photos");
  return (
    <ModalDialog triggerLabel={t("delete")} triggerName={t("deleteName", { photo: props.name })} triggerVariant="ghost" triggerSize="sm" title={t("deleteTitle")}>
      <DeleteForm action={props.action} enterpriseId={props.enterpriseId} photoId={props.photoId} />
    </ModalDialog>
  );
}
