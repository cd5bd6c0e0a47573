import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BuyerActions } from "@/components/buyers/buyer-actions";
import { CatalogPhoto } from "@/components/catalog/catalog-photo";
import { CertificateList } from "@/components/catalog/certificate-list";
import { PhotoGallery } from "@/components/catalog/photo-gallery";
import { ProductCard } from "@/components/catalog/product-card";
import { SupplierContacts } from "@/components/catalog/supplier-contacts";
import { SupplierFacts } from "@/components/catalog/supplier-facts";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { TierBadge } from "@/components/export-readiness/tier-badge";
import { PageBody } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { summary } from "@/lib/catalog/localized";
import { supplierHref } from "@/lib/catalog/paths";
import { getPublishedSupplier, listSupplierProducts } from "@/lib/catalog/supplier-page";
import { env } from "@/lib/env";
import { siteConfig } from "@/lib/site";
import { formatDate } from "@/lib/i18n/format";
import { photoDimensions } from "@/lib/catalog/photo-size";
import { enterprisePhotoUrl } from "@/lib/images/urls";
import { parsePage } from "@/lib/pagination";

type SupplierPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export async function generateMetadata({ params }: SupplierPageProps): Promise<Metadata> {
  const supplier = await getPublishedSupplier((await params).slug);
  if (!supplier) return {};
  const t = await getTranslations("CatalogPages.supplier");
  const title = supplier.brandName ?? supplier.legalName;
  const description = summary(supplier.description ?? t("metaDescription", { name: title, kecamatan: supplier.kecamatan.name }));
  const photo = supplier.photos.find((item) => item.kind === "PHOTO") ?? supplier.photos[0];
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      type: "website",
      siteName: siteConfig().productName,
      images: photo
        ? [{ url: new URL(enterprisePhotoUrl(photo.id, "large"), env().appUrl).toString(), width: photo.width, height: photo.height, alt: title }]
        : undefined,
    },
  };
}

export default async function SupplierPage({ params, searchParams }: SupplierPageProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const supplier = await getPublishedSupplier(slug);
  if (!supplier) notFound();

  const [t, tGreeting, locale, products] = await Promise.all([
    getTranslations("CatalogPages"),
    // The message goes to an Indonesian supplier, whatever language the visitor reads in.
    getTranslations({ locale: "id", namespace: "CatalogPages" }),
    getLocale(),
    listSupplierProducts({ enterpriseId: supplier.id, page: parsePage(query.page) }),
  ]);
  if (products.page > products.pageCount) notFound();

  const name = supplier.brandName ?? supplier.legalName;
  const logo = supplier.photos.find((photo) => photo.kind === "LOGO");
  const photos = supplier.photos.filter((photo) => photo.kind === "PHOTO");

  return (
    <>
      <div className="border-b border-line bg-white">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
          <Link href="/katalog" className="inline-flex min-h-11 items-center text-brand-700 underline">
            <span aria-hidden="true">‹&nbsp;</span>
            {t("backToCatalog")}
          </Link>
          <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-center">
            {logo ? (
              <CatalogPhoto
                src={enterprisePhotoUrl(logo.id, "small")}
                alt={t("supplier.logoAlt", { name })}
                {...photoDimensions(logo, "small")}
                lazy={false}
                className="size-20 shrink-0 rounded-md border border-line bg-white object-contain"
              />
            ) : null}
            <div>
              <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{name}</h1>
              {supplier.brandName && supplier.brandName !== supplier.legalName ? (
                <p className="mt-1 text-lg text-muted">{supplier.legalName}</p>
              ) : null}
            </div>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-2">
            <VerifiedBadge status={supplier.status} verifiedAt={supplier.verifiedAt} />
            {supplier.verifiedAt ? (
              <span className="text-sm text-muted">
                {t("supplier.verifiedOn", { date: formatDate(supplier.verifiedAt, locale) })}
              </span>
            ) : null}
            {supplier.curationGrade ? <Badge tone="info">{t("grade", { grade: supplier.curationGrade })}</Badge> : null}
            {supplier.exportReadinessTier ? (
              <span className="inline-flex items-center gap-1 text-sm">
                <span className="text-muted">{t("supplier.readiness")}</span>
                <TierBadge tier={supplier.exportReadinessTier} />
              </span>
            ) : null}
          </div>
        </div>
      </div>

      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
          <div className="space-y-8">
            {supplier.description ? (
              <section aria-labelledby="about-heading">
                <h2 id="about-heading" className="text-2xl font-bold text-brand-900">
                  {t("supplier.about")}
                </h2>
                <p className="mt-3 text-lg whitespace-pre-line" lang={locale === "en" ? "id" : undefined}>
                  {supplier.description}
                </p>
              </section>
            ) : null}
            {photos.length > 0 ? (
              <PhotoGallery photos={photos} name={name} urlOf={enterprisePhotoUrl} label={t("supplier.photos")} />
            ) : null}
            <section aria-labelledby="profile-heading">
              <h2 id="profile-heading" className="mb-4 text-2xl font-bold text-brand-900">
                {t("supplier.profile")}
              </h2>
              <SupplierFacts supplier={supplier} />
            </section>
            <section aria-labelledby="certificates-heading">
              <h2 id="certificates-heading" className="mb-3 text-2xl font-bold text-brand-900">
                {t("certificates.heading")}
              </h2>
              <CertificateList certificates={supplier.certificates} emptyText={t("certificates.noneForSupplier")} />
            </section>
          </div>
          <aside className="space-y-6">
            <BuyerActions target="supplier" slug={supplier.slug} id={supplier.id} />
            <Card as="section" aria-labelledby="contacts-heading">
              <h2 id="contacts-heading" className="mb-4 text-lg font-bold text-brand-900">
                {t("contacts.heading")}
              </h2>
              <SupplierContacts contacts={supplier} greeting={tGreeting("whatsappSupplierGreeting", { supplier: name })} />
            </Card>
          </aside>
        </div>

        <section aria-labelledby="products-heading" className="mt-10">
          <h2 id="products-heading" className="mb-4 text-2xl font-bold text-brand-900">
            {t("supplier.products", { count: products.total })}
          </h2>
          {products.items.length > 0 ? (
            <ul aria-label={t("supplier.productsList", { name })} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {products.items.map((product) => (
                <ProductCard key={product.id} product={product} headingLevel={3} />
              ))}
            </ul>
          ) : (
            <EmptyState
              headingLevel={3}
              title={t("supplier.noProductsTitle")}
              text={t("supplier.noProductsText", { name })}
            />
          )}
          <Pagination page={products.page} pageCount={products.pageCount} pathname={supplierHref(supplier.slug)} />
        </section>
      </PageBody>
    </>
  );
}
