import type { ReactNode } from "react";
import { PrintButton } from "./print-button";
import { PrintStyles } from "./print-styles";

type Props = {
  title: string;
  lead?: ReactNode;
  printLabel: string;
  landscape?: boolean;
  /** Narrow sheets (agendas, lists) are centred on screen; the grid uses the full width. */
  narrow?: boolean;
  children: ReactNode;
};

/** A print-only page: its print rules, a title with a print button (not printed), and the content. */
export function PrintSheet({ title, lead, printLabel, landscape = false, narrow = true, children }: Props) {
  return (
    <div className={`${narrow ? "mx-auto max-w-5xl" : ""} space-y-4 bg-white px-4 py-6 print:max-w-none print:p-0`}>
      <PrintStyles landscape={landscape} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-ink">{title}</h1>
          {lead}
        </div>
        <PrintButton label={printLabel} />
      </div>
      {children}
    </div>
  );
}
