import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";
import { type QueueSearch, type QueueSearchField, queueSearchParams, queueSorts } from "@/lib/queue-search/search";
import { getQueueSearchOptions } from "@/lib/queue-search/options";

type QueueSearchFormProps = {
  /** The page the form sends to (GET), and the reset link's target with `resetQuery`. */
  pathname: string;
  search: QueueSearch;
  statusOptions: readonly SelectOption[];
  /** Values of this view kept through a search (the curation queue's kind, a participant kind). */
  hidden?: Record<string, string | undefined>;
  ignored: readonly QueueSearchField[];
  /** The address of the queue's plain view. */
  resetHref: string;
  /** Shown when the search narrows nothing, or only its order. */
  narrowed: boolean;
};

/**
 * A plain GET form over a staff queue: search by name, NIB or email, filters (kecamatan, KBLI
 * division, status, period) and the order. Works without JavaScript; the URL is the view.
 */
export async function QueueSearchForm({ pathname, search, statusOptions, hidden = {}, ignored, resetHref, narrowed }: QueueSearchFormProps) {
  const [t, locale, options] = await Promise.all([getTranslations("QueueSearch"), getLocale(), getQueueSearchOptions()]);
  const labels: Record<QueueSearchField, string> = {
    q: t("q"),
    kecamatan: t("kecamatan"),
    kbli: t("kbli"),
    status: t("status"),
    from: t("from"),
    to: t("to"),
    sort: t("sort"),
  };
  const all = { value: "", label: t("all") };
  const headingId = `${pathname.replace(/[^a-z0-9]+/gi, "-")}-search-heading`;
  return (
    <form method="get" action={pathname} role="search" aria-labelledby={headingId} className="mb-6 rounded-lg border border-line bg-white p-4">
      <h2 id={headingId} className="mb-3 text-base font-semibold text-ink">
        {t("heading")}
      </h2>
      {ignored.length > 0 ? (
        <p role="status" className="mb-3 font-medium text-amber-900">
          {t("ignored", { fields: ignored.map((field) => labels[field]).join(", ") })}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <div className="sm:col-span-2">
          <Field id="queue-q" name={queueSearchParams.q} type="search" label={labels.q} defaultValue={search.q} maxLength={100} />
        </div>
        <Select
          id="queue-kecamatan"
          name={queueSearchParams.kecamatan}
          label={labels.kecamatan}
          defaultValue={search.kecamatan ?? ""}
          options={[all, ...options.kecamatan.map((row) => ({ value: row.code, label: row.name }))]}
        />
        <Select
          id="queue-kbli"
          name={queueSearchParams.kbli}
          label={labels.kbli}
          defaultValue={search.kbli ?? ""}
          options={[all, ...options.kbliDivisions.map((row) => ({ value: row.code, label: `${row.code} ${locale === "en" ? (row.nameEn ?? row.nameId) : row.nameId}` }))]}
        />
        <Select id="queue-status" name={queueSearchParams.status} label={labels.status} defaultValue={search.status ?? ""} options={statusOptions} />
        <Field id="queue-from" name={queueSearchParams.from} type="date" label={labels.from} defaultValue={search.from ?? ""} min="2000-01-01" max="2100-12-31" />
        <Field id="queue-to" name={queueSearchParams.to} type="date" label={labels.to} defaultValue={search.to ?? ""} min="2000-01-01" max="2100-12-31" />
        <Select
          id="queue-sort"
          name={queueSearchParams.sort}
          label={labels.sort}
          defaultValue={search.sort}
          options={queueSorts.map((sort) => ({ value: sort, label: sort === "lama" ? t("sortOldest") : t("sortNewest") }))}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("apply")}</Button>
        {narrowed || ignored.length > 0 ? (
          <Link href={resetHref} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** The empty state of a search that found nothing, with the way back. */
export async function NoQueueMatch({ resetHref }: { resetHref: string }) {
  const t = await getTranslations("QueueSearch");
  return (
    <EmptyState
      title={t("emptyTitle")}
      text={t("emptyText")}
      action={
        <Link href={resetHref} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("reset")}
        </Link>
      }
    />
  );
}
