import Link from "next/link";
import { useTranslations } from "next-intl";
import { queueFilters, type QueueFilter } from "@/lib/curation/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { pageHref } from "@/lib/pagination";

export const queueKinds = ["ikm", "produk"] as const;
export type QueueKind = (typeof queueKinds)[number];

export function parseQueueKind(value: string | string[] | undefined): QueueKind {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === "produk" ? "produk" : "ikm";
}

const pathname = "/staf/kurasi";

/** The query string of a queue view; the defaults (profiles, open) stay out of the URL. */
export function queueQuery(kind: QueueKind, filter: QueueFilter): Record<string, string | undefined> {
  return { jenis: kind === "ikm" ? undefined : kind, status: filter === "open" ? undefined : filter };
}

const pillClass = "inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-semibold";
const currentClass = "border-brand-700 bg-brand-700 text-white";
const otherClass = "border-line bg-white text-brand-800 hover:bg-brand-50";

/** Profiles or products (links, so each view has its own address), then the status filter. */
export function QueueNav({
  kind,
  filter,
  openCounts,
  locale,
}: {
  kind: QueueKind;
  filter: QueueFilter;
  openCounts: Record<QueueKind, number>;
  locale: AppLocale;
}) {
  const t = useTranslations("ProductCuration.queue");
  const tQueue = useTranslations("CurationQueue.queue");
  const tStatus = useTranslations("Enums.curationStatus");
  const kindLabel = { ikm: t("enterprises"), produk: t("products") } as const;

  return (
    <div className="mb-6 space-y-4">
      <nav aria-label={t("kindLabel")}>
        <ul className="flex flex-wrap gap-2 border-b border-line pb-3">
          {queueKinds.map((value) => {
            const current = value === kind;
            return (
              <li key={value}>
                <Link
                  href={pageHref(pathname, 1, queueQuery(value, "open"))}
                  aria-current={current ? "page" : undefined}
                  className={`${pillClass} text-base ${current ? currentClass : otherClass}`}
                >
                  <span>{kindLabel[value]}</span>
                  <span className={`rounded-full px-2 text-xs tabular-nums ${current ? "bg-white text-brand-800" : "bg-brand-50"}`}>
                    <span aria-hidden="true">{formatNumber(openCounts[value], locale)}</span>
                    <span className="sr-only">({t("openCount", { count: openCounts[value] })})</span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <nav aria-label={tQueue("filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          {queueFilters.map((value) => (
            <li key={value}>
              <Link
                href={pageHref(pathname, 1, queueQuery(kind, value))}
                aria-current={value === filter ? "page" : undefined}
                className={`${pillClass} ${value === filter ? currentClass : otherClass}`}
              >
                {value === "open" ? tQueue("filterOpen") : tStatus(value)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
