import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { isFiltered, type ReportFilterErrors, type ReportFilters } from "@/lib/reports/filters";
import type { EventOption } from "@/lib/reports/queries";

/** A plain GET form: the filters live in the URL, so the download links can carry them too. */
export async function DashboardFilters({ filters, errors = {}, events }: { filters: ReportFilters; errors?: ReportFilterErrors; events: readonly EventOption[] }) {
  const t = await getTranslations("Reports.filters");
  const error = (field: keyof ReportFilterErrors) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);
  return (
    <form method="get" action="/staf/dasbor" role="search" aria-labelledby="dashboard-filters-heading" className="rounded-lg border border-line bg-white p-4">
      <h2 id="dashboard-filters-heading" className="mb-3 text-base font-semibold text-ink">
        {t("heading")}
      </h2>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr_1fr]">
        <Select
          id="dashboard-event"
          name="event"
          label={t("event")}
          defaultValue={filters.eventId ?? ""}
          options={[
            { value: "", label: t("allEvents") },
            ...events.map((event) => ({ value: event.id, label: t("eventOption", { title: event.title, quarter: event.quarter }) })),
          ]}
        />
        <Field id="dashboard-from" name="from" type="date" label={t("from")} defaultValue={filters.from ?? ""} error={error("from")} />
        <Field id="dashboard-to" name="to" type="date" label={t("to")} defaultValue={filters.to ?? ""} error={error("to")} />
      </div>
      <p className="mt-3 text-sm text-muted">{t("note")}</p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("apply")}</Button>
        {isFiltered(filters) ? (
          <Link href="/staf/dasbor" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
