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
export function ProductCard({ product, headingLevel = 2, first = false }: {
  product: CatalogProduct;
  headingLevel?: 2 | 3;
  /** The first card of a list: its photo fills a phone's screen, so it loads at once. */
  first?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = useTranslations("Catalog");
  const locale = useLocale();
  const name = localized(locale, product.nameId, product.nameEn);
  const description = localized(locale, product.descriptionId, product.descriptionEn);
  const enterprise = product.enterprise.brandName ?? product.enterprise.legalName;
  const price = formatRupiahRange(product.priceMinRupiah, product.priceMaxRupiah, locale);
  const photo = product.photos[0];

  return (
    // Styled by .product-card (app/globals.css): twelve cards a page, so their styles are written
    // once there instead of in every card's HTML and flight data (issue 16: document budget).
    <li className="product-card">
      <article>
        {photo ? (
          // The title right below names the product, so the thumbnail adds nothing for screen readers.
          <CatalogPhoto src={productPhotoUrl(photo.id, "small")} alt="" width={400} height={300} priority={first} />
        ) : (
          <NoPhoto label={t("noPhoto")} className="aspect-[4/3] w-full rounded-none border-0 border-b" />
        )}
        <div className="product-card-body">
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
          <Heading lang={name.lang}>
            <Link href={productHref(product.slug)}>{name.text}</Link>
          </Heading>
          <p lang={description.lang}>{description.text}</p>
          <dl>
            <dt>{t("producer")}</dt>
            <dd>
              <Link href={supplierHref(product.enterprise.slug)}>{enterprise}</Link>
              <span className="block text-muted">{t("kecamatan", { name: product.enterprise.kecamatan.name })}</span>
            </dd>
            <dt>{t("price")}</dt>
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
