import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { Badge } from "@/components/ui/badge";
import { localized } from "@/lib/catalog/localized";
import { productHref, supplierHref } from "@/lib/catalog/paths";
import type { CatalogProduct } from "@/lib/catalog/queries";
import { formatNumber, formatRupiahRange } from "@/lib/i18n/format";
import { productPhotoUrl } from "@/lib/images/urls";
import { CatalogPhoto, NoPhoto } from "./catalog-photo";

/**
 * One catalog entry. The title is the one link to the product page (its accessible name is the
 * product's name); the producer's name links to the supplier page.
 */
export function ProductCard({ product, headingLevel = 2 }: { product: CatalogProduct; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = useTranslations("Catalog");
  const locale = useLocale();
  const name = localized(locale, product.nameId, product.nameEn);
  const description = localized(locale, product.descriptionId, product.descriptionEn);
  const enterprise = product.enterprise.brandName ?? product.enterprise.legalName;
  const price = formatRupiahRange(product.priceMinRupiah, product.priceMaxRupiah, locale);
  const photo = product.photos[0];

  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-line bg-white shadow-sm">
      <article className="flex flex-1 flex-col">
        {photo ? (
          // The title right below names the product, so the thumbnail adds nothing for screen readers.
          <CatalogPhoto
            src={productPhotoUrl(photo.id, "small")}
            alt=""
            width={400}
            height={300}
            className="aspect-[4/3] w-full bg-slate-50 object-cover"
          />
        ) : (
          <NoPhoto label={t("noPhoto")} className="aspect-[4/3] w-full rounded-none border-0 border-b" />
        )}
        <div className="flex flex-1 flex-col gap-3 p-5">
          {product.exportReady || product.verifiedAt ? (
            <div className="flex flex-wrap gap-2">
              <VerifiedBadge status={product.status} verifiedAt={product.verifiedAt} subject="product" />
              {product.exportReady ? (
                <Badge tone="success">
                  <span aria-hidden="true">✓&nbsp;</span>
                  {t("exportReady")}
                </Badge>
              ) : null}
            </div>
          ) : null}
          <Heading className="text-lg font-bold text-brand-900" lang={name.lang}>
            <Link
              href={productHref(product.slug)}
              className="underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            >
              {name.text}
            </Link>
          </Heading>
          <p className="line-clamp-3 text-sm text-muted" lang={description.lang}>
            {description.text}
          </p>
          <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-semibold text-ink">{t("producer")}</dt>
            <dd>
              <Link href={supplierHref(product.enterprise.slug)} className="text-brand-700 underline">
                {enterprise}
              </Link>
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
        </div>
      </article>
    </li>
  );
}
