"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeHref } from "@/lib/navigation";

export type NavLinkItem = { href: string; text: string };

type NavLinksProps = { items: readonly NavLinkItem[]; orientation: "horizontal" | "vertical" };

/** The header's links, marking the section being viewed with aria-current. */
export function NavLinks({ items, orientation }: NavLinksProps) {
  const pathname = usePathname();
  // "/akun/notifikasi" is under "/akun" too: only the closer link is the current page.
  const current = activeHref(pathname, items.map((item) => item.href));
  const listClass = orientation === "horizontal" ? "flex items-center gap-0.5 xl:gap-1" : "flex flex-col gap-1";
  // Narrower padding on a small desktop, and never a line break inside a link (the header must not wrap).
  const linkClass = orientation === "horizontal" ? "whitespace-nowrap px-2.5 xl:px-3" : "px-3";
  return (
    <ul className={listClass}>
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={[
                `flex min-h-11 items-center rounded-md font-medium no-underline ${linkClass}`,
                active
                  ? "bg-brand-50 text-brand-900 underline decoration-accent-500 decoration-2 underline-offset-8"
                  : "text-ink hover:bg-brand-50 hover:text-brand-900",
              ].join(" ")}
            >
              {item.text}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
