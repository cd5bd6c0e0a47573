import type { ReactNode } from "react";

export type Fact = { label: string; value: ReactNode };

/** Label–value pairs; facts without a value are left out rather than shown empty. */
export function FactList({ facts, className = "" }: { facts: (Fact | null | false)[]; className?: string }) {
  const shown = facts.filter((fact): fact is Fact => Boolean(fact));
  if (shown.length === 0) return null;
  return (
    <dl className={`grid gap-x-4 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr] ${className}`}>
      {shown.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-semibold text-ink">{fact.label}</dt>
          <dd className="-mt-2 sm:mt-0">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
