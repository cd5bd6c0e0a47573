// The dashboard's sections: each breakdown as a bar chart with its table, labelled in the
// reader's language. Figures come from lib/reports/queries.ts.
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { parseQuarter } from "@/lib/events/quarter";
import { formatNumber, formatRupiah, formatRupiahCompact } from "@/lib/i18n/format";
import type { Breakdown, DashboardFigures } from "@/lib/reports/queries";
import { BarChart, type BarDatum, chartLabel } from "./bar-chart";

type Translate = Awaited<ReturnType<typeof getTranslations<"Reports">>>;

async function chartKit() {
  const [t, tEnums, tProfile, tMatching, tOutcomes, locale] = await Promise.all([
    getTranslations("Reports"),
    getTranslations("Enums"),
    getTranslations("EnterpriseProfile.scaleName"),
    getTranslations("Matching"),
    getTranslations("Outcomes.outcome"),
    getLocale(),
  ]);
  const counted = <K extends string>(rows: Breakdown<K>, name: (key: K, label: string | null) => string): BarDatum[] =>
    rows.map((row) => ({
      label: row.key === null ? t("notFilled") : name(row.key, row.label),
      value: row.count,
      display: formatNumber(row.count, locale),
    }));
  function Chart({ id, title, data }: { id: string; title: string; data: BarDatum[] }) {
    return (
      <BarChart
        id={id}
        title={title}
        ariaLabel={t("chartLabel", { title, values: chartLabel(data) })}
        data={data}
        labelHeader={t("columns.category")}
        valueHeader={t("columns.count")}
        emptyText={t("noData")}
      />
    );
  }
  return { t, tEnums, tProfile, tMatching, tOutcomes, locale, counted, Chart };
}

function SectionHeading({ id, children }: { id: string; children: string }) {
  return (
    <h2 id={id} className="mb-4 text-2xl font-bold text-brand-900">
      {children}
    </h2>
  );
}

export async function EnterpriseSection({ figures }: { figures: DashboardFigures["enterprises"] }) {
  const { t, tEnums, tProfile, locale, counted, Chart } = await chartKit();
  const totals = [
    { label: t("enterpriseTotals.enterprises"), value: formatNumber(figures.total, locale) },
    { label: t("enterpriseTotals.workforce"), value: formatNumber(figures.workforce, locale) },
    { label: t("enterpriseTotals.capital"), value: formatRupiah(figures.capitalRupiah, locale) },
    { label: t("enterpriseTotals.sales"), value: formatRupiah(figures.annualSalesRupiah, locale) },
  ];
  return (
    <section aria-labelledby="section-enterprises">
      <SectionHeading id="section-enterprises">{t("sections.enterprises")}</SectionHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <Table caption={t("enterpriseTotals.caption")}>
          <tbody>
            {totals.map((row) => (
              <tr key={row.label}>
                <Th scope="row">{row.label}</Th>
                <Td className="text-right tabular-nums">{row.value}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Chart id="enterprises-status" title={t("charts.byStatus")} data={counted(figures.byStatus, (key) => tEnums(`curationStatus.${key}`))} />
        <Chart id="enterprises-scale" title={t("charts.byScale")} data={counted(figures.byScale, (key) => tProfile(key))} />
        <Chart id="enterprises-tier" title={t("charts.byTier")} data={counted(figures.byTier, (key) => tEnums(`exportReadinessTier.${key}`))} />
        <Chart id="enterprises-division" title={t("charts.byDivision")} data={counted(figures.byDivision, (key, label) => `${key} ${label ?? ""}`.trim())} />
        <Chart id="enterprises-kecamatan" title={t("charts.byKecamatan")} data={counted(figures.byKecamatan, (key, label) => label ?? key)} />
      </div>
    </section>
  );
}

export async function ProductsAndRequestsSection({ figures }: { figures: DashboardFigures }) {
  const { t, tEnums, counted, Chart } = await chartKit();
  return (
    <section aria-labelledby="section-products">
      <SectionHeading id="section-products">{t("sections.products")}</SectionHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <Chart id="products-status" title={t("charts.productsByStatus")} data={counted(figures.products.byStatus, (key) => tEnums(`curationStatus.${key}`))} />
        <Chart id="requests-status" title={t("charts.requestsByStatus")} data={counted(figures.sourcingRequests.byStatus, (key) => tEnums(`sourcingStatus.${key}`))} />
      </div>
    </section>
  );
}

export async function EventsSection({ figures }: { figures: DashboardFigures }) {
  const { t, tEnums, tMatching, tOutcomes, locale, counted, Chart } = await chartKit();
  const statuses = figures.participants.byKind[0]?.byStatus.map((row) => row.key) ?? [];
  return (
    <section aria-labelledby="section-events">
      <SectionHeading id="section-events">{t("sections.events")}</SectionHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <Table caption={t("participantsCaption")}>
            <thead>
              <tr>
                <Th>{t("columns.kind")}</Th>
                {statuses.map((status) => (
                  <Th key={status} className="text-right">
                    {status ? tEnums(`participantStatus.${status}`) : null}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.participants.byKind.map((row) => (
                <tr key={row.kind}>
                  <Th scope="row">{t(`participantKind.${row.kind}`)}</Th>
                  {row.byStatus.map((cell) => (
                    <Td key={cell.key} className="text-right tabular-nums">
                      {formatNumber(cell.count, locale)}
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
        <Chart id="matches-status" title={t("charts.matchesByStatus")} data={counted(figures.matches.byStatus, (key) => tMatching(`status.${key}`))} />
        <Chart id="meetings-status" title={t("charts.meetingsByStatus")} data={counted(figures.meetings.byStatus, (key) => tMatching(`meetingStatus.${key}`))} />
        <Chart id="meetings-outcome" title={t("charts.meetingsByOutcome")} data={counted(figures.meetings.byOutcome, (key) => tOutcomes(key))} />
      </div>
    </section>
  );
}

function quarterName(t: Translate, key: string): string {
  const quarter = parseQuarter(key);
  return quarter ? t("quarter", { quarter: String(quarter.quarter), year: String(quarter.year) }) : key;
}

export async function TrendsSection({ trends }: { trends: DashboardFigures["trends"] }) {
  const { t, locale, Chart } = await chartKit();
  const series = (value: (row: (typeof trends)[number]) => number, display: (row: (typeof trends)[number]) => string): BarDatum[] =>
    trends.map((row) => ({ label: quarterName(t, row.quarter), value: value(row), display: display(row) }));
  return (
    <section aria-labelledby="section-trends">
      <SectionHeading id="section-trends">{t("sections.trends")}</SectionHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <Chart id="trend-enterprises" title={t("charts.trendEnterprises")} data={series((row) => row.enterprises, (row) => formatNumber(row.enterprises, locale))} />
        <Chart id="trend-meetings" title={t("charts.trendMeetings")} data={series((row) => row.meetingsHeld, (row) => formatNumber(row.meetingsHeld, locale))} />
        <Chart
          id="trend-deal-value"
          title={t("charts.trendDealValue")}
          data={series((row) => Number(row.dealValueRupiah), (row) => formatRupiahCompact(row.dealValueRupiah, locale))}
        />
        <Table caption={t("trendsCaption")}>
          <thead>
            <tr>
              <Th>{t("columns.quarter")}</Th>
              <Th className="text-right">{t("columns.newEnterprises")}</Th>
              <Th className="text-right">{t("columns.meetingsHeld")}</Th>
              <Th className="text-right">{t("columns.deals")}</Th>
              <Th className="text-right">{t("columns.dealValue")}</Th>
            </tr>
          </thead>
          <tbody>
            {trends.map((row) => (
              <tr key={row.quarter}>
                <Th scope="row">{quarterName(t, row.quarter)}</Th>
                <Td className="text-right tabular-nums">{formatNumber(row.enterprises, locale)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(row.meetingsHeld, locale)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(row.deals, locale)}</Td>
                <Td className="text-right tabular-nums">{formatRupiah(row.dealValueRupiah, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </section>
  );
}
