import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { listCurationQueue, parseQueueFilter, queueFilters, type QueueFilter } from "@/lib/curation/queries";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { pageHref, parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CurationQueue.queue");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pathname = "/staf/kurasi";

export default async function CurationQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = parseQueueFilter(params.status);
  const page = parsePage(params.page);
  const query = { status: filter === "open" ? undefined : filter };
  await requireRoute("/staf/kurasi", pageHref(pathname, page, query));
  const [t, tStatus, locale, queue] = await Promise.all([
    getTranslations("CurationQueue.queue"),
    getTranslations("Enums.curationStatus"),
    getLocale(),
    listCurationQueue(filter, page),
  ]);
  const filterLabel = (value: QueueFilter) => (value === "open" ? t("filterOpen") : tStatus(value));

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <nav aria-label={t("filterLabel")} className="mb-6">
          <ul className="flex flex-wrap gap-2">
            {queueFilters.map((value) => {
              const current = value === filter;
              return (
                <li key={value}>
                  <Link
                    href={pageHref(pathname, 1, { status: value === "open" ? undefined : value })}
                    aria-current={current ? "page" : undefined}
                    className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold ${
                      current ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white text-brand-800 hover:bg-brand-50"
                    }`}
                  >
                    {filterLabel(value)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {queue.items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        ) : (
          <>
            <Table caption={t("caption", { filter: filterLabel(filter), total: formatNumber(queue.total, locale) })}>
              <thead>
                <tr>
                  <Th>{t("enterprise")}</Th>
                  <Th>{t("kecamatan")}</Th>
                  <Th>{t("kbli")}</Th>
                  <Th>{t("updated")}</Th>
                  <Th>{t("status")}</Th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((item) => (
                  <tr key={item.id}>
                    <Th scope="row">
                      <Link href={`/staf/kurasi/ikm/${item.id}`} className="font-semibold text-brand-800 underline">
                        {item.brandName ?? item.legalName}
                      </Link>
                      {item.brandName ? <span className="block text-sm font-normal text-muted">{item.legalName}</span> : null}
                    </Th>
                    <Td>{item.kecamatan.name}</Td>
                    <Td>
                      {item.primaryKbli ? (
                        <>
                          <span className="font-mono">{item.primaryKbli.code}</span>{" "}
                          <span className="text-muted">
                            {locale === "en" ? (item.primaryKbli.nameEn ?? item.primaryKbli.nameId) : item.primaryKbli.nameId}
                          </span>
                        </>
                      ) : (
                        t("noKbli")
                      )}
                    </Td>
                    <Td className="whitespace-nowrap">{formatDate(item.updatedAt, locale)}</Td>
                    <Td>
                      <div className="flex flex-col items-start gap-1">
                        <CurationStatusBadge status={item.status} />
                        {item.status === "REVISION_REQUESTED" ? (
                          <Badge tone={item.answeredBySme ? "info" : "neutral"}>{item.answeredBySme ? t("answered") : t("awaitingAnswer")}</Badge>
                        ) : null}
                        {item.status === "SUBMITTED" && item.answeredBySme ? <Badge tone="info">{t("resubmitted")}</Badge> : null}
                      </div>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={queue.page} pageCount={queue.pageCount} pathname={pathname} query={query} />
          </>
        )}
      </PageBody>
    </>
  );
}
