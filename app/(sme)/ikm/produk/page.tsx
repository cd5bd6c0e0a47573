import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ProductListItem } from "@/components/products/product-list-item";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { parsePage } from "@/lib/pagination";
import { listOwnProducts } from "@/lib/products/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Products");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SmeProductsPage({ searchParams }: PageProps) {
  const user = await requireRoute("/ikm/produk");
  const [t, locale, query] = await Promise.all([getTranslations("Products"), getLocale(), searchParams]);

  if (!user.enterpriseId) {
    return (
      <>
        <PageHeader title={t("heading")} lead={t("lead")} />
        <PageBody>
          <EmptyState title={t("noEnterpriseTitle")} text={t("noEnterpriseText")} />
        </PageBody>
      </>
    );
  }

  const page = parsePage(query.page);
  const products = await listOwnProducts(user.enterpriseId, page);
  const addLink = <ButtonLink href="/ikm/produk/baru">{t("add")}</ButtonLink>;

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")}>
        {products.total > 0 ? addLink : null}
      </PageHeader>
      <PageBody>
        <div className="space-y-6">
          {query.dihapus === "1" ? (
            <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-900">
              {t("deletedNotice")}
            </p>
          ) : null}
          {products.total === 0 ? (
            <EmptyState title={t("emptyTitle")} text={t("emptyText")} action={addLink} />
          ) : (
            <section aria-labelledby="products-heading">
              <h2 id="products-heading" className="text-2xl font-bold text-brand-900">
                {t("listHeading")} <span className="text-base font-normal text-muted">({t("total", { count: products.total })})</span>
              </h2>
              <ul className="mt-4 space-y-3">
                {products.items.map((product) => (
                  <ProductListItem
                    key={product.id}
                    id={product.id}
                    name={locale === "en" ? (product.nameEn ?? product.nameId) : product.nameId}
                    status={product.status}
                    firstPhotoId={product.photos[0]?.id ?? null}
                    photoCount={product._count.photos}
                    updated={formatDate(product.updatedAt, locale)}
                  />
                ))}
              </ul>
              <Pagination page={products.page} pageCount={products.pageCount} pathname="/ikm/produk" />
            </section>
          )}
          <p>
            <Link href="/ikm" className="font-semibold text-brand-800 underline">
              {t("backHome")}
            </Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
