import type { ReactNode } from "react";

/** Why an emailed link cannot be used, and what to do instead. */
export function LinkProblem({ heading, text, children }: { heading: string; text: string; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <div role="alert" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
        <h2 className="flex items-center gap-2 text-xl font-bold">
          <svg viewBox="0 0 20 20" className="size-5 shrink-0" fill="currentColor" aria-hidden="true">
            <path d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
          </svg>
          {heading}
        </h2>
        <p className="mt-2">{text}</p>
      </div>
      <div className="flex flex-wrap gap-3">{children}</div>
    </div>
  );
}
