import type { ReactNode } from "react";

export type Definition = { term: string; detail: ReactNode };

/** Label/value pairs of a profile, stacked on phones and side by side from sm up. */
export function DefinitionList({ items }: { items: readonly Definition[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {items.map((item) => (
        <div key={item.term} className="contents">
          <dt className="font-semibold text-brand-900">{item.term}</dt>
          <dd className="-mt-2 sm:mt-0">{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
