"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * The phone menu: a <details> disclosure, so it opens with Enter or Space and works even
 * before JavaScript loads. It closes itself after a navigation and on Escape.
 */
export function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (detailsRef.current) detailsRef.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={detailsRef}
      className="group lg:hidden"
      onKeyDown={(event) => {
        const details = detailsRef.current;
        if (event.key === "Escape" && details?.open) {
          details.open = false;
          details.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className="inline-flex min-h-11 list-none items-center gap-2 rounded-md border border-line bg-white px-3 font-semibold text-brand-900 hover:bg-brand-50">
        <svg viewBox="0 0 24 24" className="size-5 group-open:hidden" fill="none" aria-hidden="true">
          <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <svg viewBox="0 0 24 24" className="hidden size-5 group-open:block" fill="none" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {label}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-line bg-white px-4 pt-2 pb-4 shadow-lg">{children}</div>
    </details>
  );
}
