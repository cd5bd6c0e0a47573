"use client";

import { type ReactNode, useEffect, useRef } from "react";

/** A confirmation that replaces a form once it has done its work; focus moves to it. */
export function SuccessPanel({ heading, children }: { heading: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="space-y-3 rounded-md border-l-4 border-green-700 bg-green-50 p-4 text-green-950">
      <h2 className="flex items-center gap-2 text-xl font-bold">
        <svg viewBox="0 0 20 20" className="size-5 shrink-0 text-green-700" fill="currentColor" aria-hidden="true">
          <path d="M7.6 13.2 4.4 10l-1.4 1.4 4.6 4.6 9.4-9.4L15.6 5.2z" />
        </svg>
        {heading}
      </h2>
      <div className="space-y-3">{children}</div>
    </div>
  );
}
