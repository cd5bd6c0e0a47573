"use client";

import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { useMessageText } from "@/components/forms/use-message-text";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/auth/form-state";
import { SuccessPanel } from "./success-panel";

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
  const { state, pending, formProps, fieldProps, formError } = useFormAction(action);
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
      <Field id={`${idPrefix}-email`} {...fieldProps("email")} type="email" inputMode="email" label={labels.email} autoComplete="email" required />
      <SubmitButton pending={pending} pendingLabel={labels.pending} className="w-full">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
