import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterQuery, auditFilterValues, isAuditFiltered, parseAuditFilters } from "@/lib/audit/filters";
import { auditExportCap, listAuditEntityTypes, listAuditLog } from "@/lib/audit/queries";
import { requireRoute } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { pageHref, parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuditViewer");
  return { title: t("metaTitle") };
}

type AuditPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: AuditPageProps) {
  await requireRoute("/admin/audit");
  const params = await searchParams;
  const parsed = parseAuditFilters(params);
  const [t, locale, entityTypes] = await Promise.all([getTranslations("AuditViewer"), getLocale(), listAuditEntityTypes()]);
  const header = <PageHeader title={t("heading")} lead={t("lead")} />;

  if (!parsed.ok) {
    return (
      <>
        {header}
        <PageBody>
          <div role="alert" className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-medium text-red-900">
            {t("errors.summary")}
          </div>
          <AuditFiltersForm values={parsed.values} errors={parsed.errors} entityTypes={entityTypes} />
        </PageBody>
      </>
    );
  }

  const { filters } = parsed;
  const page = parsePage(params.page);
  const log = await listAuditLog({ filters, page });
  if (page > log.pageCount) notFound();
  const query = auditFilterQuery(filters);
  const cap = formatNumber(auditExportCap, locale);

  return (
    <>
      {header}
      <PageBody>
        <AuditFiltersForm values={auditFilterValues(filters)} errors={{}} entityTypes={entityTypes} />
        {log.total > 0 ? (
          <>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <p className="font-semibold text-ink">{t("count", { count: log.total })}</p>
              {/* A file, not a page: a plain <a download>, never a client-side navigation. */}
              <a href={pageHref("/admin/audit/unduh", 1, query)} download className={buttonClassName("secondary")}>
                {t("download")}
              </a>
            </div>
            <p className="mb-4 text-sm text-muted">
              {log.total > auditExportCap ? t("downloadTruncated", { count: formatNumber(log.total, locale), cap }) : t("downloadNote", { cap })}
            </p>
            <AuditTable rows={log.items} page={log.page} pageCount={log.pageCount} />
            <Pagination page={log.page} pageCount={log.pageCount} pathname="/admin/audit" query={query} />
          </>
        ) : isAuditFiltered(filters) ? (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        ) : (
          <EmptyState title={t("emptyLogTitle")} text={t("emptyLogText")} />
        )}
      </PageBody>
    </>
  );
}
