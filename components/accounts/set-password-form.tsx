"use client";

import Link from "next/link";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/auth/form-state";
import { SuccessPanel } from "./success-panel";
import { PasswordFields } from "./password-fields";

type SetPasswordFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  token: string;
  idPrefix: string;
  /** The invitee confirms their name; a password reset has no name field. */
  name?: { label: string; hint: string; defaultValue: string };
  /** The account's address: shown read-only, and tells password managers whose password this is. */
  email: { label: string; value: string };
  labels: {
    password: string;
    passwordHint: string;
    passwordConfirm: string;
    submit: string;
    pending: string;
    doneHeading: string;
    doneText: string;
    signIn: string;
  };
};

/** Choose a password from an emailed link: a password reset, or accepting an invitation. */
export function SetPasswordForm({ action, token, idPrefix, name, email, labels }: SetPasswordFormProps) {
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(action);

  if (state.ok) {
    return (
      <SuccessPanel heading={labels.doneHeading}>
        <p>{labels.doneText}</p>
        <p>
          <Link href="/masuk" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {labels.signIn}
          </Link>
        </p>
      </SuccessPanel>
    );
  }

  return (
    <form {...formProps} className="space-y-5">
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" name="token" value={token} />
      <Field
        id={`${idPrefix}-email`}
        name="username"
        type="email"
        label={email.label}
        autoComplete="username"
        readOnly
        value={email.value}
        className="bg-slate-100"
      />
      {name ? (
        <Field
          id={`${idPrefix}-name`}
          name="name"
          label={name.label}
          hint={name.hint}
          autoComplete="name"
          required
          defaultValue={value("name") ?? name.defaultValue}
          error={fieldError("name")}
        />
      ) : null}
      <PasswordFields
        idPrefix={idPrefix}
        labels={labels}
        errors={{ password: fieldError("password"), passwordConfirm: fieldError("passwordConfirm") }}
      />
      <SubmitButton pending={pending} pendingLabel={labels.pending} className="w-full">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
