import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TierBadge } from "@/components/export-readiness/tier-badge";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { assessmentFilterFrom, listAssessments } from "@/lib/export-readiness/queries";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ExportReadinessPages");
  return { title: t("staffMetaTitle") };
}

type SearchParam = string | string[] | undefined;
type StaffReadinessPageProps = { searchParams: Promise<{ page?: SearchParam; status?: SearchParam }> };

export default async function StaffExportReadinessPage({ searchParams }: StaffReadinessPageProps) {
  await requireRoute("/staf/kesiapan-ekspor");
  const params = await searchParams;
  const page = parsePage(params.page);
  const filter = assessmentFilterFrom(params.status);
  const [t, locale, assessments] = await Promise.all([
    getTranslations("ExportReadinessPages"),
    getLocale(),
    listAssessments({ page, filter }),
  ]);
  if (page > assessments.pageCount) notFound();

  const filters = [
    { value: undefined, label: t("filterAll") },
    { value: "awaiting", label: t("filterAwaiting") },
    { value: "verified", label: t("filterVerified") },
  ] as const;

  return (
    <>
      <PageHeader title={t("staffHeading")} lead={t("staffLead", { count: assessments.total })} />
      <PageBody>
        <nav aria-label={t("filterLabel")} className="mb-6">
          <ul className="flex flex-wrap gap-2">
            {filters.map((option) => (
              <li key={option.value ?? "all"}>
                <Link
                  href={option.value ? `/staf/kesiapan-ekspor?status=${option.value}` : "/staf/kesiapan-ekspor"}
                  aria-current={filter === option.value ? "page" : undefined}
                  className={buttonClassName(filter === option.value ? "primary" : "secondary", "sm")}
                >
                  {option.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {assessments.items.length > 0 ? (
          <Table caption={t("staffCaption", { page: assessments.page, pageCount: assessments.pageCount })}>
            <thead>
              <tr>
                <Th>{t("enterprise")}</Th>
                <Th>{t("date")}</Th>
                <Th className="text-right">{t("score")}</Th>
                <Th>{t("selfAssessedTier")}</Th>
                <Th>{t("verifiedTier")}</Th>
              </tr>
            </thead>
            <tbody>
              {assessments.items.map((row) => (
                <tr key={row.id}>
                  <Th scope="row">
                    <Link href={`/staf/kesiapan-ekspor/${row.id}`} className="font-semibold text-brand-800 underline">
                      {row.enterpriseName}
                    </Link>
                  </Th>
                  <Td className="whitespace-nowrap">{formatDate(row.createdAt, locale)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(row.score, locale)}</Td>
                  <Td>
                    <TierBadge tier={row.tier} />
                  </Td>
                  <Td>{row.verifiedTier ? <TierBadge tier={row.verifiedTier} /> : t("awaiting")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("staffEmptyTitle")} text={filter ? t("staffEmptyFilteredText") : t("staffEmptyText")} />
        )}
        <Pagination page={assessments.page} pageCount={assessments.pageCount} pathname="/staf/kesiapan-ekspor" query={{ status: filter }} />
      </PageBody>
    </>
  );
}
