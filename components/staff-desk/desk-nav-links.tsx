"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { activeHref } from "@/lib/navigation";

export type DeskLink = { href: string; text: string; count?: { value: number; shown: string; waiting: string } };

/**
 * One group of the staff desk's links. The page being viewed (or the area it is under) is
 * marked with aria-current="page"; a waiting-work count reads as "3 menunggu", so the link's
 * name holds its visible text (WCAG 2.5.3) and says what the number is.
 */
export function DeskNavLinks({ heading, links }: { heading: string; links: readonly DeskLink[] }) {
  const pathname = usePathname();
  const headingId = useId();
  const current = activeHref(pathname, links.map((link) => link.href));
  return (
    <div>
      <p id={headingId} className="px-3 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">
        {heading}
      </p>
      <ul aria-labelledby={headingId} className="flex flex-col gap-0.5">
        {links.map((link) => {
          const active = link.href === current;
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={[
                  "flex min-h-11 items-center justify-between gap-2 rounded-md px-3 py-1 text-sm font-medium no-underline",
                  active ? "bg-brand-50 text-brand-900 underline decoration-accent-500 decoration-2 underline-offset-4" : "text-ink hover:bg-brand-50 hover:text-brand-900",
                ].join(" ")}
              >
                <span>{link.text}</span>
                {/* A space between the area and its count in the link's name ("Antrean kurasi 3 menunggu"). */}{" "}
                {link.count ? (
                  <span
                    className={[
                      "min-w-7 shrink-0 rounded-full px-2 text-center text-xs font-semibold tabular-nums",
                      link.count.value > 0 ? "bg-brand-800 text-white" : "border border-line bg-white text-muted",
                    ].join(" ")}
                  >
                    {link.count.shown}
                    <span className="sr-only"> {link.count.waiting}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
