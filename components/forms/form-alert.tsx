"use client";

import type { ReactNode } from "react";
import type { FormState } from "@/lib/auth/form-state";
import { useMessageText } from "./use-message-text";

/** A form-wide error, announced when it appears; a warning sign, so not told by colour alone. */
export function FormAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div role="alert" className="flex gap-2 rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-medium text-red-900">
      <svg viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0" fill="currentColor" aria-hidden="true">
        <path d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
      </svg>
      <p>{children}</p>
    </div>
  );
}

/**
 * The form's overall result: an alert for a failure, a polite status for a success. The
 * live region stays in the page so the message is announced when it appears.
 */
export function FormMessage({ state }: { state: FormState }) {
  const text = useMessageText()(state.message, state.messageValues);
  if (state.ok) {
    return (
      <p role="status" className="min-h-6 font-medium text-green-800">
        {text ? (
          <>
            <span aria-hidden="true">✓ </span>
            {text}
          </>
        ) : null}
      </p>
    );
  }
  return text ? <FormAlert>{text}</FormAlert> : <p role="status" className="min-h-6" />;
}
