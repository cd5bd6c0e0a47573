import Link from "next/link";
import { useTranslations } from "next-intl";
import { pageHref, visiblePages } from "@/lib/pagination";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The list's path, e.g. "/katalog". */
  pathname: string;
  /** Other query parameters to keep on every page link (e.g. the search term). */
  query?: Record<string, string | undefined>;
};

const itemClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 text-sm font-semibold";
const linkClass = `${itemClass} border-line bg-white text-brand-800 hover:bg-brand-50`;
const currentClass = `${itemClass} border-brand-700 bg-brand-700 text-white`;
const disabledClass = `${itemClass} border-line bg-slate-50 text-slate-400`;

export function Pagination({ page, pageCount, pathname, query }: PaginationProps) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("label")} className="mt-8">
      <p className="sr-only">{t("status", { page, pageCount })}</p>
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={pageHref(pathname, page - 1, query)} rel="prev" className={linkClass}>
              <span aria-hidden="true">‹</span>&nbsp;{t("previous")}
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              <span aria-hidden="true">‹</span>&nbsp;{t("previous")}
            </span>
          )}
        </li>
        {visiblePages(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={pageHref(pathname, n, query)}
                aria-current={n === page ? "page" : undefined}
                aria-label={t("page", { page: n })}
                className={n === page ? currentClass : linkClass}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={pageHref(pathname, page + 1, query)} rel="next" className={linkClass}>
              {t("next")}&nbsp;<span aria-hidden="true">›</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              {t("next")}&nbsp;<span aria-hidden="true">›</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
