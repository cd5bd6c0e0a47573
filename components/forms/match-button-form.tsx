"use client";

import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/auth/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields sent with the button, e.g. { matchId } or { matchId, answer }. */
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  /** Names the button for screen readers when its label alone is ambiguous in a list. */
  accessibleLabel?: string;
};

/** One button acting on a match or an event (approve, veto, pin, accept…), with its result announced. */
export function MatchButtonForm({ action, fields, label, pendingLabel, variant = "secondary", accessibleLabel }: Props) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant} size="sm">
        {accessibleLabel ? (
          <>
            <span aria-hidden="true">{label}</span>
            <span className="sr-only">{accessibleLabel}</span>
          </>
        ) : (
          label
        )}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
