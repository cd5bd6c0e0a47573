"use client";

import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/auth/form-state";
import { FormAlert, SuccessPanel } from "./form-alert";
import { useAccountForm, useMessageText } from "./use-account-form";

type EmailRequestFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  idPrefix: string;
  labels: { email: string; submit: string; pending: string; sentHeading: string };
};

/**
 * One email field: ask for a new verification link or a password reset. The answer is the
 * same whether or not the address has an account.
 */
export function EmailRequestForm({ action, idPrefix, labels }: EmailRequestFormProps) {
  const { state, pending, formProps, fieldError, value, formError } = useAccountForm(action);
  const text = useMessageText();

  if (state.ok) {
    return (
      <SuccessPanel heading={labels.sentHeading}>
        <p>{text(state.message)}</p>
      </SuccessPanel>
    );
  }

  return (
    <form {...formProps} className="space-y-5">
      <FormAlert>{formError}</FormAlert>
      <Field
        id={`${idPrefix}-email`}
        name="email"
        type="email"
        inputMode="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={value("email")}
        error={fieldError("email")}
      />
      <SubmitButton pending={pending} pendingLabel={labels.pending} className="w-full">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
