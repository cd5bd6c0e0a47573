import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { EnterpriseQueueTable } from "@/components/curation/enterprise-queue-table";
import { ProductQueueTable } from "@/components/curation/product-queue-table";
import { parseQueueKind, QueueNav, queueQuery } from "@/components/curation/queue-nav";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { countOpenCuration, listProductQueue } from "@/lib/curation/product-queries";
import { listCurationQueue, type QueueFilter, queueFilters } from "@/lib/curation/queries";
import { formatNumber } from "@/lib/i18n/format";
import { pageHref, parsePage } from "@/lib/pagination";
import { isNarrowed, parseQueueSearch, queueSearchQuery } from "@/lib/queue-search/search";
import { NoQueueMatch, QueueSearchForm } from "@/components/staff-desk/queue-search-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CurationQueue.queue");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pathname = "/staf/kurasi";

export default async function CurationQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const kind = parseQueueKind(params.jenis);
  // The status pills and the search form share the "status" parameter; "open" is the default.
  const { search, ignored } = parseQueueSearch(params, queueFilters);
  const filter: QueueFilter = search.status ?? "open";
  search.status = filter === "open" ? null : filter;
  const narrowed = isNarrowed(search) || search.sort !== "lama";
  const page = parsePage(params.page);
  const query = { ...queueSearchQuery(search), ...queueQuery(kind, filter) };
  const resetHref = pageHref(pathname, 1, queueQuery(kind, "open"));
  await requireRoute("/staf/kurasi", pageHref(pathname, page, query));
  const [t, tProducts, tStatus, locale, counts] = await Promise.all([
    getTranslations("CurationQueue.queue"),
    getTranslations("ProductCuration.queue"),
    getTranslations("Enums.curationStatus"),
    getLocale(),
    countOpenCuration(),
  ]);
  const filterLabel = (value: QueueFilter) => (value === "open" ? t("filterOpen") : tStatus(value));
  const caption = (total: number) => ({ filter: filterLabel(filter), total: formatNumber(total, locale) });

  let list: ReactNode;
  let pageCount: number;
  if (kind === "produk") {
    const queue = await listProductQueue(filter, page, search);
    pageCount = queue.pageCount;
    list =
      queue.items.length === 0 && narrowed ? (
        <NoQueueMatch resetHref={resetHref} />
      ) : queue.items.length === 0 ? (
        <EmptyState title={tProducts("emptyTitle")} text={tProducts("emptyText")} />
      ) : (
        <ProductQueueTable items={queue.items} caption={tProducts("caption", caption(queue.total))} locale={locale} />
      );
  } else {
    const queue = await listCurationQueue(filter, page, search);
    pageCount = queue.pageCount;
    list =
      queue.items.length === 0 && narrowed ? (
        <NoQueueMatch resetHref={resetHref} />
      ) : queue.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
      ) : (
        <EnterpriseQueueTable items={queue.items} caption={t("caption", caption(queue.total))} locale={locale} />
      );
  }

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <QueueNav kind={kind} filter={filter} openCounts={{ ikm: counts.enterprises, produk: counts.products }} locale={locale} />
        <QueueSearchForm
          pathname={pathname}
          search={search}
          statusOptions={queueFilters.map((value) => ({ value: value === "open" ? "" : value, label: filterLabel(value) }))}
          hidden={{ jenis: queueQuery(kind, filter).jenis }}
          ignored={ignored}
          resetHref={resetHref}
          narrowed={narrowed}
        />
        {list}
        <Pagination page={page} pageCount={pageCount} pathname={pathname} query={query} />
      </PageBody>
    </>
  );
}
