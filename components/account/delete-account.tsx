"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionDialog, DialogCancelButton } from "@/components/admin/action-dialog";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteMyAccountAction } from "@/lib/my-account/actions";
import { initialFormState } from "@/lib/auth/form-state";
import { FormMessage } from "@/components/forms/form-alert";
import { useFieldError } from "@/components/forms/use-message-text";

function DeleteAccountForm() {
  const t = useTranslations("MyAccount");
  // On success the action ends the session and sends the browser to the home page.
  const [state, action] = useActionState(deleteMyAccountAction, initialFormState);
  const fieldError = useFieldError(state);
  return (
    <form action={action} noValidate className="space-y-4">
      <p>{t("deleteWarning")}</p>
      <Field
        id="delete-account-password"
        name="password"
        type="password"
        label={t("deletePassword")}
        autoComplete="current-password"
        required
        error={fieldError("password")}
        data-initial-focus
      />
      {state.ok ? null : <FormMessage state={state} />}
      <div className="flex flex-wrap justify-end gap-3">
        <DialogCancelButton>{t("cancel")}</DialogCancelButton>
        <SubmitButton variant="danger" pendingLabel={t("deleting")}>
          {t("deleteConfirm")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function DeleteAccount() {
  const t = useTranslations("MyAccount");
  return (
    <ActionDialog triggerLabel={t("deleteOpen")} triggerVariant="danger" triggerSize="md" title={t("deleteTitle")}>
      <DeleteAccountForm />
    </ActionDialog>
  );
}
