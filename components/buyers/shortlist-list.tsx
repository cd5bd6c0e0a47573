import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ShortlistEntry } from "@/lib/buyers/shortlist-queries";
import { productHref, supplierHref } from "@/lib/catalog/paths";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatRupiahRange } from "@/lib/i18n/format";
import { ShortlistToggle } from "./shortlist-toggle";

/** The saved products and suppliers as cards: what it is, who makes it, and a way to remove it. */
export function ShortlistList({ items, locale }: { items: ShortlistEntry[]; locale: AppLocale }) {
  const t = useTranslations("BuyerProfile.shortlist");
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const name = item.kind === "product" ? (locale === "en" ? (item.nameEn ?? item.nameId) : item.nameId) : item.supplierName;
        const href = item.kind === "product" ? productHref(item.slug) : supplierHref(item.slug);
        const price = item.kind === "product" ? formatRupiahRange(item.priceMinRupiah, item.priceMaxRupiah, locale) : null;
        return (
          <li key={item.id} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
            <div className="space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={item.kind === "product" ? "info" : "accent"}>{item.kind === "product" ? t("kindProduct") : t("kindSupplier")}</Badge>
                {item.available ? null : <Badge tone="warning">{t("unavailable")}</Badge>}
              </div>
              <h3 className="text-lg font-semibold text-ink">
                {item.available ? (
                  <Link href={href} className="text-brand-800 underline">
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </h3>
              <p className="text-sm text-muted">
                {item.kind === "product" ? `${t("by", { name: item.supplierName })} · ` : null}
                {t("kecamatan", { name: item.kecamatan })}
                {item.kind === "product" && price ? ` · ${t("pricePerUnit", { price, unit: item.unit })}` : null}
              </p>
              <p className="text-sm text-muted">{t("savedOn", { date: formatDate(item.createdAt, locale) })}</p>
            </div>
            <ShortlistToggle target={item.kind} slug={item.slug} saved compact={{ name }} />
          </li>
        );
      })}
    </ul>
  );
}
