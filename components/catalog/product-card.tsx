import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { CatalogProduct } from "@/lib/catalog/queries";
import { formatNumber, formatRupiahRange } from "@/lib/i18n/format";

/** One catalog entry. Product pages come later, so the card links nowhere yet. */
export function ProductCard({ product }: { product: CatalogProduct }) {
  const t = useTranslations("Catalog");
  const locale = useLocale();
  // English readers see the Indonesian text where no translation exists; mark its language.
  const name = locale === "en" ? (product.nameEn ?? product.nameId) : product.nameId;
  const nameLang = locale === "en" && !product.nameEn ? "id" : undefined;
  const description = locale === "en" ? (product.descriptionEn ?? product.descriptionId) : product.descriptionId;
  const descriptionLang = locale === "en" && !product.descriptionEn ? "id" : undefined;
  const enterprise = product.enterprise.brandName ?? product.enterprise.legalName;
  const price = formatRupiahRange(product.priceMinRupiah, product.priceMaxRupiah, locale);

  return (
    <li className="flex flex-col rounded-lg border border-line bg-white p-5 shadow-sm">
      <article className="flex flex-1 flex-col gap-3">
        {product.exportReady ? (
          <div>
            <Badge tone="success">
              <span aria-hidden="true">✓&nbsp;</span>
              {t("exportReady")}
            </Badge>
          </div>
        ) : null}
        <h2 className="text-lg font-bold text-brand-900" lang={nameLang}>
          {name}
        </h2>
        <p className="line-clamp-3 text-sm text-muted" lang={descriptionLang}>
          {description}
        </p>
        <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-semibold text-ink">{t("producer")}</dt>
          <dd>
            {enterprise}
            <span className="block text-muted">{t("kecamatan", { name: product.enterprise.kecamatan.name })}</span>
          </dd>
          <dt className="font-semibold text-ink">{t("price")}</dt>
          <dd>
            {price ? (
              <>
                <span className="font-semibold text-ink tabular-nums">{price}</span>{" "}
                <span className="text-muted">{t("perUnit", { unit: product.unit })}</span>
              </>
            ) : (
              t("priceOnRequest")
            )}
            {product.minOrder ? (
              <span className="block text-muted">
                {t("minOrder", { count: formatNumber(product.minOrder, locale), unit: product.unit })}
              </span>
            ) : null}
          </dd>
        </dl>
      </article>
    </li>
  );
}
