import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BuyerActions } from "@/components/buyers/buyer-actions";
import { CertificateList } from "@/components/catalog/certificate-list";
import { FactList } from "@/components/catalog/fact-list";
import { PhotoGallery } from "@/components/catalog/photo-gallery";
import { SupplierBox } from "@/components/catalog/supplier-box";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { PageBody } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { localized, summary } from "@/lib/catalog/localized";
import { getPublishedProduct } from "@/lib/catalog/product-page";
import { whatsappChatUrl } from "@/lib/catalog/whatsapp";
import { env } from "@/lib/env";
import { siteConfig } from "@/lib/site";
import { formatNumber, formatRupiahRange } from "@/lib/i18n/format";
import { productPhotoUrl } from "@/lib/images/urls";
import { formatHsCode } from "@/lib/products/hs-code";

type ProductPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const product = await getPublishedProduct((await params).slug);
  if (!product) return {};
  const locale = await getLocale();
  const title = localized(locale, product.nameId, product.nameEn).text;
  const description = summary(localized(locale, product.descriptionId, product.descriptionEn).text);
  const photo = product.photos[0];
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      type: "website",
      siteName: siteConfig().productName,
      images: photo
        ? [{ url: new URL(productPhotoUrl(photo.id, "large"), env().appUrl).toString(), width: photo.width, height: photo.height, alt: title }]
        : undefined,
    },
  };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const product = await getPublishedProduct((await params).slug);
  if (!product) notFound();

  const [t, tGreeting, locale] = await Promise.all([
    getTranslations("CatalogPages"),
    // The message goes to an Indonesian supplier, whatever language the visitor reads in.
    getTranslations({ locale: "id", namespace: "CatalogPages" }),
    getLocale(),
  ]);
  const name = localized(locale, product.nameId, product.nameEn);
  const description = localized(locale, product.descriptionId, product.descriptionEn);
  const supplierName = product.enterprise.brandName ?? product.enterprise.legalName;
  const price = formatRupiahRange(product.priceMinRupiah, product.priceMaxRupiah, locale);
  const kbliName = product.kbli ? localized(locale, product.kbli.nameId, product.kbli.nameEn) : null;
  const whatsappUrl = whatsappChatUrl(
    product.enterprise.whatsapp,
    tGreeting("whatsappGreeting", { product: product.nameId, supplier: supplierName }),
  );
  const count = (value: number) => formatNumber(value, locale);

  return (
    <>
      <div className="border-b border-line bg-white">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
          <Link href="/katalog" className="inline-flex min-h-11 items-center text-brand-700 underline">
            <span aria-hidden="true">‹&nbsp;</span>
            {t("backToCatalog")}
          </Link>
          <div className="mt-3 flex flex-wrap gap-2">
            <VerifiedBadge status={product.status} verifiedAt={product.verifiedAt} subject="product" />
            {product.exportReady ? <Badge tone="success">{t("product.exportReady")}</Badge> : null}
            {product.curationGrade ? <Badge tone="info">{t("grade", { grade: product.curationGrade })}</Badge> : null}
          </div>
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl" lang={name.lang}>
            {name.text}
          </h1>
          <p className="mt-2 text-lg text-muted">{t("product.by", { name: supplierName })}</p>
        </div>
      </div>

      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
          <div className="space-y-8">
            <PhotoGallery photos={product.photos} name={name.text} urlOf={productPhotoUrl} label={t("gallery.label")} />

            <section aria-labelledby="description-heading">
              <h2 id="description-heading" className="text-2xl font-bold text-brand-900">
                {t("product.description")}
              </h2>
              <p className="mt-3 text-lg whitespace-pre-line" lang={description.lang}>
                {description.text}
              </p>
            </section>

            <section aria-labelledby="certificates-heading">
              <h2 id="certificates-heading" className="mb-3 text-2xl font-bold text-brand-900">
                {t("certificates.heading")}
              </h2>
              <CertificateList
                certificates={product.certificates.map((link) => link.certificate)}
                emptyText={t("certificates.noneForProduct")}
              />
            </section>
          </div>

          <aside className="space-y-6">
            <Card as="section" aria-labelledby="facts-heading">
              <h2 id="facts-heading" className="mb-4 text-lg font-bold text-brand-900">
                {t("product.factsHeading")}
              </h2>
              <FactList
                facts={[
                  {
                    label: t("product.price"),
                    value: price ? (
                      <>
                        <span className="text-lg font-bold text-ink tabular-nums">{price}</span>{" "}
                        <span className="text-muted">{t("product.perUnit", { unit: product.unit })}</span>
                      </>
                    ) : (
                      t("product.priceOnRequest")
                    ),
                  },
                  product.minOrder !== null && {
                    label: t("product.minOrder"),
                    value: t("product.quantity", { count: count(product.minOrder), unit: product.unit }),
                  },
                  product.monthlyCapacity !== null && {
                    label: t("product.monthlyCapacity"),
                    value: t("product.perMonth", { count: count(product.monthlyCapacity), unit: product.unit }),
                  },
                  product.leadTimeDays !== null && {
                    label: t("product.leadTime"),
                    value: t("product.days", { days: product.leadTimeDays }),
                  },
                  product.hsCode !== null && {
                    label: t("product.hsCode"),
                    value: <span className="font-mono">{formatHsCode(product.hsCode)}</span>,
                  },
                  product.kbli !== null &&
                    kbliName !== null && {
                      label: t("product.kbli"),
                      value: (
                        <>
                          <span className="font-mono">{product.kbli.code}</span>{" "}
                          <span lang={kbliName.lang}>{kbliName.text}</span>
                        </>
                      ),
                    },
                ]}
              />
            </Card>
            <BuyerActions target="product" slug={product.slug} id={product.id} />
            <SupplierBox enterprise={product.enterprise} whatsappUrl={whatsappUrl} />
          </aside>
        </div>
      </PageBody>
    </>
  );
}
