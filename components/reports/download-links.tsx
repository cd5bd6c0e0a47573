import { getTranslations } from "next-intl/server";
import { exportFormats } from "@/lib/reports/export";
import { filterQuery, type ReportFilters } from "@/lib/reports/filters";

const datasetSlugs = ["ikm", "produk", "peserta", "pertemuan"] as const;

/** Plain links (files, not pages): each carries the dashboard's current filters. */
export async function DownloadLinks({ filters }: { filters: ReportFilters }) {
  const t = await getTranslations("Reports.downloads");
  const href = (slug: string, format: string) => {
    const query = filterQuery(filters);
    query.set("format", format);
    return `/staf/dasbor/unduh/${slug}?${query.toString()}`;
  };
  return (
    <section aria-labelledby="downloads-heading" className="rounded-lg border border-line bg-white p-4 shadow-sm">
      <h2 id="downloads-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="mt-1 text-muted">{t("lead")}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {datasetSlugs.map((slug) => (
          <li key={slug} className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <span className="font-medium text-ink">{t(`datasets.${slug}`)}</span>
            {exportFormats.map((format) => (
              // A file, not a page: a plain <a download>, never a client-side navigation.
              <a
                key={format}
                href={href(slug, format)}
                download
                aria-label={t("link", { format: format.toUpperCase(), dataset: t(`datasets.${slug}`) })}
                className="inline-flex min-h-11 min-w-11 items-center font-semibold text-brand-700 underline"
              >
                {format.toUpperCase()}
              </a>
            ))}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-muted">{t("energyNote")}</p>
    </section>
  );
}
