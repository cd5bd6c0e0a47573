import type { ReactNode } from "react";

type EmptyStateProps = {
  title: string;
  text: ReactNode;
  /** What to do next: usually a ButtonLink. */
  action?: ReactNode;
  headingLevel?: 2 | 3;
};

export function EmptyState({ title, text, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="rounded-lg border border-dashed border-brand-300 bg-white px-5 py-8 text-center">
      <svg viewBox="0 0 24 24" className="mx-auto size-10 text-brand-500" fill="none" aria-hidden="true">
        <path d="M4 7h16v12H4z M4 7l2-3h12l2 3 M9 12h6" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <Heading className="mt-3 text-lg font-semibold text-ink">{title}</Heading>
      <div className="mx-auto mt-2 max-w-prose text-muted">{text}</div>
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-3">{action}</div> : null}
    </div>
  );
}
