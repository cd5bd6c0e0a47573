"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { type FormState, initialFormState } from "@/lib/auth/form-state";
import { useFieldError, useMessageText } from "./use-message-text";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form posting to a server action made with defineFormAction. With JavaScript it submits in
 * a transition, so what the person typed stays in the fields when the server answers with
 * errors (a plain form action would reset them); without JavaScript the form posts normally
 * and the action's `values` refill it. After an answer with errors, focus moves to the first
 * invalid field, whose message is tied to it with aria-describedby.
 */
export function useFormAction(action: FormAction) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const text = useMessageText();
  const fieldError = useFieldError(state);

  useEffect(() => {
    if (state.ok) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  const hasFieldErrors = Object.keys(state.fieldErrors ?? {}).length > 0;
  /** What the person typed before an answer with errors (without JavaScript). */
  const value = (field: string) => (state.ok ? undefined : state.values?.[field]);
  /**
   * Every value sent under a name before an answer with errors (ticked checkboxes, numbered
   * slots), or undefined when nothing was sent back, so the form shows what was saved.
   */
  const values = (field: string): string[] | undefined => {
    if (state.ok || !state.values) return undefined;
    return state.lists?.[field] ?? (state.values[field] === undefined ? [] : [state.values[field]]);
  };

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
    fieldError,
    value,
    values,
    /** A field's name, refilled value and error, to spread onto a Field or Select. */
    fieldProps: (field: string) => ({ name: field, defaultValue: value(field), error: fieldError(field) }),
    /** The form-wide error, or a summary when fields have errors. */
    formError: state.ok ? undefined : (text(state.message) ?? (hasFieldErrors ? text("Validation.checkFields") : undefined)),
  };
}

/** What a form built on useFormAction hands to the parts that render its fields. */
export type FormFieldBinding = Pick<ReturnType<typeof useFormAction>, "fieldError" | "value" | "fieldProps">;
