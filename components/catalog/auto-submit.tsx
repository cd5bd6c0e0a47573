"use client";
import { type ReactNode, useRef } from "react";

/**
 * Submits its form as soon as a checkbox or select inside changes, so filters apply on a tick.
 * Without JavaScript nothing happens here and the form's own submit button does the same.
 */
export function AutoSubmit({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={ref}
      onChange={(event) => {
        const target = event.target as HTMLInputElement | HTMLSelectElement;
        if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox")) {
          target.form?.requestSubmit();
        }
      }}
    >
      {children}
    </div>
  );
}
