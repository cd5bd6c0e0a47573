import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

type TableProps = {
  /** Names the table for screen readers; shown above it unless `captionHidden`. */
  caption: string;
  captionHidden?: boolean;
  children: ReactNode;
};

/**
 * A data table that scrolls sideways on narrow screens. The scroll container is focusable
 * and named, so keyboard users can scroll it too.
 */
export function Table({ caption, captionHidden = false, children }: TableProps) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption
          className={captionHidden ? "sr-only" : "border-b border-line px-4 py-3 text-left text-base font-semibold text-ink"}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** Column headers by default; with scope="row", the first cell of a body row. */
export function Th({ className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  const look =
    scope === "row"
      ? "border-t border-line bg-white px-4 py-3 text-left font-medium text-ink"
      : "bg-brand-50 px-4 py-3 font-semibold whitespace-nowrap text-brand-900";
  return <th scope={scope} className={[look, className].filter(Boolean).join(" ")} {...props} />;
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={["border-t border-line px-4 py-3 align-top", className].filter(Boolean).join(" ")} {...props} />;
}
