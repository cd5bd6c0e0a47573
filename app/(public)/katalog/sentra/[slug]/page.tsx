import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProductCard } from "@/components/catalog/product-card";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { PageBody } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { catalogHref, parseCatalogFilters } from "@/lib/catalog/filters";
import { summary } from "@/lib/catalog/localized";
import { supplierHref } from "@/lib/catalog/paths";
import { getSentra, listSentraSuppliers } from "@/lib/catalog/queries";
import { searchCatalog } from "@/lib/catalog/search";
import { SentraPooledSupply } from "@/components/catalog/sentra-pooled-supply";

type SentraPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: SentraPageProps): Promise<Metadata> {
  const sentra = await getSentra((await params).slug);
  if (!sentra) return {};
  const t = await getTranslations("CatalogSearch.sentra");
  const description = summary(sentra.description || t("metaDescription", { name: sentra.name, kecamatan: sentra.kecamatan.name }));
  return { title: sentra.name, description, openGraph: { title: sentra.name, description, type: "website" } };
}

export default async function SentraPage({ params }: SentraPageProps) {
  const sentra = await getSentra((await params).slug);
  if (!sentra) notFound();
  const filters = parseCatalogFilters({ sentra: sentra.slug });
  const [t, tCatalog, locale, suppliers, products] = await Promise.all([
    getTranslations("CatalogSearch.sentra"),
    getTranslations("CatalogPages"),
    getLocale(),
    listSentraSuppliers(sentra.id),
    searchCatalog(filters),
  ]);
  const kbliName = sentra.kbli ? (locale === "en" ? sentra.kbli.nameEn ?? sentra.kbli.nameId : sentra.kbli.nameId) : null;

  return (
    <>
      <div className="border-b border-line bg-white">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
          <Link href="/katalog" className="inline-flex min-h-11 items-center text-brand-700 underline">
            <span aria-hidden="true">‹&nbsp;</span>
            {tCatalog("backToCatalog")}
          </Link>
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{sentra.name}</h1>
          <p className="mt-3 text-muted">
            {t("kecamatan", { name: sentra.kecamatan.name })}
            {sentra.kbli && kbliName ? ` · ${t("kbli")}: ${sentra.kbli.code} ${kbliName}` : null}
          </p>
          <p className="mt-4 max-w-prose text-lg" lang={locale === "en" ? "id" : undefined}>
            {sentra.description}
          </p>
        </div>
      </div>

      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="sentra-products-heading">
            <h2 id="sentra-products-heading" className="mb-4 text-2xl font-bold text-brand-900">
              {t("productsHeading", { count: products.total })}
            </h2>
            {products.items.length > 0 ? (
              <>
                <ul aria-label={t("productsList", { name: sentra.name })} className="grid gap-4 sm:grid-cols-2">
                  {products.items.map((product) => (
                    <ProductCard key={product.id} product={product} headingLevel={3} />
                  ))}
                </ul>
                {products.total > products.items.length ? (
                  <div className="mt-6">
                    <ButtonLink href={catalogHref(filters)} variant="secondary">
                      {t("allProducts")}
                    </ButtonLink>
                  </div>
                ) : null}
              </>
            ) : (
              <EmptyState headingLevel={3} title={t("productsHeading", { count: 0 })} text={t("noProducts")} />
            )}
          </section>

          <aside aria-labelledby="sentra-suppliers-heading">
            <Card>
              <h2 id="sentra-suppliers-heading" className="mb-4 text-lg font-bold text-brand-900">
                {t("suppliersHeading", { count: suppliers.length })}
              </h2>
              {suppliers.length > 0 ? (
                <ul aria-label={t("suppliersList", { name: sentra.name })} className="space-y-3">
                  {suppliers.map((supplier) => (
                    <li key={supplier.id} className="flex flex-col gap-1 border-b border-line pb-3 last:border-0 last:pb-0">
                      <Link href={supplierHref(supplier.slug)} className="font-semibold text-brand-700 underline">
                        {supplier.brandName ?? supplier.legalName}
                      </Link>
                      <span className="flex flex-wrap items-center gap-2 text-sm text-muted">
                        <VerifiedBadge status={supplier.status} verifiedAt={supplier.verifiedAt} />
                        {t("supplierProducts", { count: supplier.productCount })}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-muted">{t("noSuppliers")}</p>
              )}
            </Card>
          </aside>
        </div>
        <SentraPooledSupply sentraId={sentra.id} />
      </PageBody>
    </>
  );
}
