import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatRupiah } from "@/lib/i18n/format";
import type { OfferRow } from "@/lib/sourcing/queries";

type Row = { label: string; cell: (offer: OfferRow) => ReactNode };

/**
 * Offers side by side, cheapest first (the caller sorts): on wide screens a table with one
 * column per offer, so each term reads across; on phones one card per offer.
 */
export function OfferComparison({ offers, showStatus = false }: { offers: OfferRow[]; showStatus?: boolean }) {
  const t = useTranslations("Sourcing.offers");
  const tCommon = useTranslations("Common");
  const locale = useLocale() as AppLocale;
  const supplier = (offer: OfferRow) => {
    const name = offer.enterprise.brandName ?? offer.enterprise.legalName;
    return offer.enterprise.status === "PUBLISHED" ? (
      <Link href={`/katalog/pemasok/${offer.enterprise.slug}`} className="font-semibold text-brand-800 underline">
        {name}
      </Link>
    ) : (
      <span className="font-semibold">{name}</span>
    );
  };
  const rows: Row[] = [
    { label: t("price"), cell: (offer) => <span className="font-semibold tabular-nums">{t("pricePerUnit", { price: formatRupiah(offer.priceRupiah, locale), unit: offer.unit })}</span> },
    { label: t("minOrder"), cell: (offer) => `${formatNumber(offer.minOrder, locale)} ${offer.unit}` },
    {
      label: t("capacity"),
      cell: (offer) => (offer.monthlyCapacity !== null ? t("perMonth", { quantity: formatNumber(offer.monthlyCapacity, locale), unit: offer.unit }) : tCommon("notProvided")),
    },
    { label: t("leadTime"), cell: (offer) => t("days", { count: offer.leadTimeDays }) },
    { label: t("sample"), cell: (offer) => (offer.sampleAvailable ? t("sampleYes") : t("sampleNo")) },
    { label: t("verified"), cell: (offer) => (offer.enterprise.verifiedAt ? <Badge tone="success">{t("verifiedYes")}</Badge> : t("verifiedNo")) },
    { label: t("message"), cell: (offer) => (offer.message ? <span className="whitespace-pre-line">{offer.message}</span> : tCommon("none")) },
    { label: t("updated"), cell: (offer) => formatDate(offer.updatedAt, locale) },
    ...(showStatus ? [{ label: t("status"), cell: (offer: OfferRow) => <Badge tone={offer.status === "SUBMITTED" ? "success" : "neutral"}>{t(`statuses.${offer.status}`)}</Badge> }] : []),
  ];

  return (
    <>
      <div className="hidden md:block">
        <div role="region" aria-label={t("tableCaption")} tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="border-b border-line px-4 py-3 text-left text-base font-semibold text-ink">{t("tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="bg-brand-50 px-4 py-3 font-semibold text-brand-900">
                  {t("supplier")}
                </th>
                {offers.map((offer) => (
                  <th key={offer.id} scope="col" className="bg-brand-50 px-4 py-3 align-top text-brand-900">
                    {supplier(offer)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="border-t border-line px-4 py-3 text-left font-medium whitespace-nowrap text-ink">
                    {row.label}
                  </th>
                  {offers.map((offer) => (
                    <td key={offer.id} className="border-t border-line px-4 py-3 align-top">
                      {row.cell(offer)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <ol className="space-y-3 md:hidden" aria-label={t("tableCaption")}>
        {offers.map((offer) => (
          <li key={offer.id} className="rounded-lg border border-line bg-white p-4 shadow-sm">
            <h3 className="text-lg">{supplier(offer)}</h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {rows.map((row) => (
                <div key={row.label} className="contents">
                  <dt className="font-semibold text-brand-900">{row.label}</dt>
                  <dd>{row.cell(offer)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
