import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { DashboardFilters } from "@/components/reports/dashboard-filters";
import { EnterpriseSection, EventsSection, ProductsAndRequestsSection, TrendsSection } from "@/components/reports/dashboard-charts";
import { DownloadLinks } from "@/components/reports/download-links";
import { FigureGrid } from "@/components/ui/figure-grid";
import { requireRoute } from "@/lib/auth/session";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";
import { readReportFilters } from "@/lib/reports/filters";
import { getDashboardFigures, listEventOptions } from "@/lib/reports/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Reports");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: PageProps) {
  await requireRoute("/staf/dasbor");
  const { filters, errors } = readReportFilters(await searchParams);
  const [t, locale, figures, events] = await Promise.all([
    getTranslations("Reports"),
    getLocale(),
    getDashboardFigures(filters),
    listEventOptions(),
  ]);
  const number = (value: number) => formatNumber(value, locale);
  const headline = [
    { label: t("figures.enterprises"), value: number(figures.enterprises.total), testId: "figure-enterprises" },
    { label: t("figures.productsPublished"), value: number(figures.products.published) },
    { label: t("figures.buyers"), value: number(figures.buyers) },
    { label: t("figures.sourcingRequests"), value: number(figures.sourcingRequests.total) },
    { label: t("figures.matches"), value: number(figures.matches.total) },
    { label: t("figures.meetings"), value: number(figures.meetings.total) },
    { label: t("figures.deals"), value: number(figures.deals.count) },
    { label: t("figures.dealValue"), value: formatRupiah(figures.deals.valueRupiah, locale) },
  ];

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="space-y-10">
          <DashboardFilters filters={filters} errors={errors} events={events} />
          <div className="space-y-2">
            <FigureGrid label={t("figures.label")} figures={headline} />
            <p className="text-sm text-muted">{t("figures.dealsNote")}</p>
          </div>
          <DownloadLinks filters={filters} />
          <EnterpriseSection figures={figures.enterprises} />
          <ProductsAndRequestsSection figures={figures} />
          <EventsSection figures={figures} />
          <TrendsSection trends={figures.trends} />
        </div>
      </PageBody>
    </>
  );
}
