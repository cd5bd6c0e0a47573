import { useLocale, useTranslations } from "next-intl";
import type { ProgrammeFigures as Figures } from "@/lib/home/queries";
import { formatNumber, formatRupiahCompact } from "@/lib/i18n/format";

export function ProgrammeFigures({ figures }: { figures: Figures }) {
  const t = useTranslations("Home.figures");
  const locale = useLocale();
  const items = [
    { label: t("enterprises"), value: formatNumber(figures.publishedEnterprises, locale) },
    { label: t("products"), value: formatNumber(figures.publishedProducts, locale) },
    { label: t("buyers"), value: formatNumber(figures.buyerOrganizations, locale) },
    { label: t("partners"), value: formatNumber(figures.partnerOrganizations, locale) },
    { label: t("meetings"), value: formatNumber(figures.meetingsHeld, locale) },
    { label: t("dealValue"), value: formatRupiahCompact(figures.dealValueRupiah, locale) },
  ];
  return (
    <section aria-labelledby="figures-heading" className="rounded-xl bg-brand-900 px-5 py-8 text-white sm:px-8">
      <h2 id="figures-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <dl className="mt-6 grid grid-cols-2 gap-x-4 gap-y-6 lg:grid-cols-6">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col-reverse gap-1 border-l-4 border-accent-400 pl-3">
            <dt className="text-sm text-brand-100">{item.label}</dt>
            <dd className="text-2xl font-bold tabular-nums sm:text-3xl">{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-6 text-sm text-brand-200">{t("note")}</p>
    </section>
  );
}
