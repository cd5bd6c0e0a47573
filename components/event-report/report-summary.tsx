import { useLocale, useTranslations } from "next-intl";
import type { MeetingFigures } from "@/lib/event-report/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";

/** The headline figures as a definition list (read as label: value). */
export function ReportSummary({ totals }: { totals: MeetingFigures }) {
  const t = useTranslations("EventReport");
  const locale = useLocale() as AppLocale;
  const items = [
    [t("columns.scheduled"), formatNumber(totals.scheduled, locale)],
    [t("columns.held"), formatNumber(totals.held, locale)],
    [t("columns.noShows"), formatNumber(totals.noShows, locale)],
    [t("columns.notRecorded"), formatNumber(totals.notRecorded, locale)],
    [t("columns.deals"), formatNumber(totals.deals, locale)],
    [t("columns.dealValue"), formatRupiah(totals.dealValueRupiah, locale)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-line bg-white p-4">
          <dt className="text-sm text-muted">{label}</dt>
          <dd className="text-2xl font-bold text-brand-900 tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
