"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "@/lib/my-account/actions";
import { initialFormState } from "@/lib/auth/form-state";
import { FormMessage } from "@/components/forms/form-alert";
import { useFieldError } from "@/components/forms/use-message-text";

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("MyAccount");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const fieldError = useFieldError(state);
  return (
    <form action={action} noValidate className="space-y-5">
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="account-current-password"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        error={fieldError("currentPassword")}
      />
      <Field
        id="account-new-password"
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("passwordLead")}
        autoComplete="new-password"
        required
        minLength={10}
        error={fieldError("newPassword")}
      />
      <Field
        id="account-confirm-password"
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
        error={fieldError("confirmPassword")}
      />
      <div className="space-y-3">
        <SubmitButton pendingLabel={t("saving")}>{t("savePassword")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
