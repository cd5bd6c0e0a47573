import Link from "next/link";
import { pageHref } from "@/lib/pagination";

type FilterLinksProps = {
  label: string;
  pathname: string;
  /** The query parameter the filter sets. */
  param: string;
  /** The current value (undefined: no filter). */
  current: string | undefined;
  options: { value: string | undefined; label: string }[];
};

/** A row of links that filter a list; the current one is marked for screen readers too. */
export function FilterLinks({ label, pathname, param, current, options }: FilterLinksProps) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => {
          const active = option.value === current;
          return (
            <li key={option.value ?? "all"}>
              <Link
                href={pageHref(pathname, 1, { [param]: option.value })}
                aria-current={active ? "page" : undefined}
                className={[
                  "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold",
                  active ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white text-brand-800 hover:bg-brand-50",
                ].join(" ")}
              >
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
