"use client";

import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/auth/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  requestId: string;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  /** A line above the button saying what the action does. */
  note?: string;
};

/** One button acting on a request (close, reopen, withdraw an offer), with its result announced. */
export function RequestIdForm({ action, requestId, label, pendingLabel, variant = "secondary", note }: Props) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      {note ? <p className="text-sm text-muted">{note}</p> : null}
      <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
