"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { type ButtonSize, type ButtonVariant, buttonClassName } from "./button";
import { Spinner } from "./spinner";

type SubmitButtonProps = {
  children: ReactNode;
  /** Shown while the form is being sent, e.g. "Memproses…". */
  pendingLabel: string;
  /** For forms that submit through their own handler rather than a form action. */
  pending?: boolean;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
  name?: string;
  value?: string;
};

/** A form's submit button that shows the form's pending state and blocks double submits. */
export function SubmitButton({ children, pendingLabel, pending, variant, size, className, name, value }: SubmitButtonProps) {
  const status = useFormStatus();
  const isPending = pending ?? status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={isPending || undefined}
      onClick={(event) => {
        if (isPending) event.preventDefault();
      }}
      className={buttonClassName(variant, size, className)}
    >
      {isPending ? (
        <>
          <Spinner />
          <span>{pendingLabel}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
