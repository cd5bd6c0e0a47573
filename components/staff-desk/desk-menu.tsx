"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * The staff desk on a phone: a <details> disclosure above the page, so it opens with Enter or
 * Space and its links are reachable before (or without) JavaScript. It closes when a link is
 * followed and on Escape.
 */
export function DeskMenu({ label, children }: { label: string; children: ReactNode }) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (detailsRef.current) detailsRef.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={detailsRef}
      className="group border-b border-line bg-white lg:hidden print:hidden"
      // A link to the page already shown changes no pathname: close on the click itself.
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest("a") && detailsRef.current) detailsRef.current.open = false;
      }}
      onKeyDown={(event) => {
        const details = detailsRef.current;
        if (event.key === "Escape" && details?.open) {
          details.open = false;
          details.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className="mx-auto flex min-h-11 max-w-6xl cursor-pointer list-none items-center gap-2 px-4 font-semibold text-brand-900 hover:bg-brand-50">
        <svg viewBox="0 0 24 24" className="size-5 transition-transform group-open:rotate-90" fill="none" aria-hidden="true">
          <path d="M9 6l6 6-6 6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {label}
      </summary>
      <div className="mx-auto max-w-6xl px-2 pb-4">{children}</div>
    </details>
  );
}
