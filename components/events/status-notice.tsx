import type { ReactNode } from "react";

/** What the last action did, after it redirected back to the page (announced politely). */
export function StatusNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 font-medium text-green-900">
      <span aria-hidden="true">✓ </span>
      {children}
    </p>
  );
}
