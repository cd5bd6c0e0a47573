import { useLocale, useTranslations } from "next-intl";
import type { EventResults as Results } from "@/lib/events/queries";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";

/** What a past event achieved, as recorded by staff. */
export function EventResults({ results }: { results: Results }) {
  const t = useTranslations("Events");
  const locale = useLocale();
  const items = [
    { label: t("meetingsHeld"), value: formatNumber(results.meetingsHeld, locale) },
    { label: t("dealsRecorded"), value: formatNumber(results.dealsRecorded, locale) },
    { label: t("dealValue"), value: formatRupiah(results.dealValueRupiah, locale) },
  ];
  return (
    <section aria-labelledby="results-heading" className="rounded-lg bg-brand-900 p-5 text-white sm:p-6">
      <h2 id="results-heading" className="text-2xl font-bold">
        {t("resultsHeading")}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-3">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col-reverse gap-1 border-l-4 border-accent-400 pl-3">
            <dt className="text-sm text-brand-100">{item.label}</dt>
            <dd className="text-xl font-bold break-words tabular-nums sm:text-2xl lg:text-xl xl:text-2xl">{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-brand-200">{t("resultsNote")}</p>
    </section>
  );
}
