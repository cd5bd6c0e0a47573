"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { type FormState, initialFormState } from "@/lib/auth/form-state";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Turns the message keys a server action returns into text in the user's language. */
export function useMessageText(): (key: string | undefined) => string | undefined {
  const t = useTranslations();
  type Key = Parameters<typeof t.has>[0];
  return (key) => {
    if (!key) return undefined;
    return t.has(key as Key) ? t(key as Key) : t("Errors.failed");
  };
}

/**
 * A form posting to a server action made with defineFormAction. With JavaScript it submits in
 * a transition, so what the person typed stays in the fields when the server answers with
 * errors (a plain form action would reset them); without JavaScript the form posts normally
 * and the action's `values` refill it. After an answer with errors, focus moves to the first
 * invalid field, whose message is tied to it with aria-describedby.
 */
export function useAccountForm(action: FormAction) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const text = useMessageText();

  useEffect(() => {
    if (state.ok) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  const hasFieldErrors = Object.keys(state.fieldErrors ?? {}).length > 0;

  return {
    state,
    pending,
    formRef,
    formProps: {
      ref: formRef,
      action: formAction,
      noValidate: true,
      onSubmit(event: FormEvent<HTMLFormElement>) {
        event.preventDefault();
        if (pending) return;
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      },
    },
    /** The translated first error of a field. */
    fieldError: (field: string) => text(state.fieldErrors?.[field]?.[0]),
    /** What the person typed before an answer with errors (without JavaScript). */
    value: (field: string) => (state.ok ? undefined : state.values?.[field]),
    /** The form-wide error, or a summary when fields have errors. */
    formError: state.ok ? undefined : (text(state.message) ?? (hasFieldErrors ? text("Validation.checkFields") : undefined)),
  };
}
