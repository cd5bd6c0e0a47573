import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A single-task page (a form or its outcome), narrow enough to read on a phone. */
export function NarrowPage({ title, lead, children, after }: { title: string; lead?: string; children: ReactNode; after?: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:py-16">
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {lead ? <p className="mt-2 text-muted">{lead}</p> : null}
      <Card className="mt-6">{children}</Card>
      {after ? <div className="mt-6 text-center text-muted">{after}</div> : null}
    </div>
  );
}
