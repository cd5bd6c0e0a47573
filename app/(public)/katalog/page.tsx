import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CatalogFiltersPanel, catalogFiltersFormId } from "@/components/catalog/catalog-filters";
import { CatalogSortSelect } from "@/components/catalog/catalog-sort";
import { ProductCard } from "@/components/catalog/product-card";
import { SupplierResults } from "@/components/catalog/supplier-results";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { SubmitButton } from "@/components/ui/submit-button";
import { activeFilterCount, catalogQuery, maxQueryLength, parseCatalogFilters, type SearchParams } from "@/lib/catalog/filters";
import { searchCatalog } from "@/lib/catalog/search";
import { searchSuppliers } from "@/lib/catalog/search-suppliers";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Catalog");
  return { title: t("metaTitle") };
}

type CatalogPageProps = { searchParams: Promise<SearchParams> };

export default async function CatalogPage({ searchParams }: CatalogPageProps) {
  const filters = parseCatalogFilters(await searchParams);
  const [t, ts, result, suppliers] = await Promise.all([
    getTranslations("Catalog"),
    getTranslations("CatalogSearch"),
    searchCatalog(filters),
    // Matching suppliers head the first page of a search.
    filters.page === 1 ? searchSuppliers(filters.q) : [],
  ]);
  const { q } = filters;
  if (result.page > result.pageCount) notFound();
  const activeCount = activeFilterCount(filters);
  const filtered = activeCount > 0;

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { city: siteConfig().city })}>
        <Form action="/katalog" role="search" className="flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <Field
              key={q}
              id="catalog-q"
              name="q"
              type="search"
              label={t("searchLabel")}
              hint={t("searchHint")}
              defaultValue={q}
              maxLength={maxQueryLength}
              autoComplete="off"
            />
          </div>
          <SubmitButton pendingLabel={t("searchButton")}>{t("searchButton")}</SubmitButton>
        </Form>
        <p className="mt-3">
          <Link href="/katalog/pemasok" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {ts("directory.allSuppliers")}
          </Link>
        </p>
      </PageHeader>

      <PageBody>
        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          <aside className="lg:order-1">
            <CatalogFiltersPanel filters={filters} facets={result.facets} activeCount={activeCount} />
          </aside>

          <div className="min-w-0 lg:order-2">
            <div className="mb-6 flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
              <div className="flex flex-wrap items-center gap-x-4 gap-y-2" aria-live="polite">
                <p className="font-semibold text-ink">
                  {q ? t("resultsFor", { count: result.total, q }) : t("resultsCount", { count: result.total })}
                </p>
                {q ? (
                  <Link href="/katalog" className="inline-flex min-h-11 items-center text-brand-700 underline">
                    {t("clearSearch")}
                  </Link>
                ) : null}
              </div>
              <CatalogSortSelect sort={filters.sort} hasQuery={q.length > 0} form={catalogFiltersFormId} />
            </div>

            <SupplierResults suppliers={suppliers} q={q} />

            {result.fuzzy && result.items.length > 0 ? (
              <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                {result.correctedQuery ? ts("corrected", { q, corrected: result.correctedQuery }) : ts("fuzzy", { q })}
              </p>
            ) : null}

            {result.items.length > 0 ? (
              <ul aria-label={t("listLabel")} className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
                {result.items.map((product, index) => (
                  <ProductCard key={product.id} product={product} first={index === 0} />
                ))}
              </ul>
            ) : filtered ? (
              <EmptyState title={ts("emptyFilteredTitle")} text={ts("emptyFilteredText")} />
            ) : q ? (
              <EmptyState
                title={t("emptyTitle")}
                text={t("emptyText", { q })}
                action={
                  <ButtonLink href="/katalog" variant="secondary">
                    {t("clearSearch")}
                  </ButtonLink>
                }
              />
            ) : (
              <EmptyState
                title={t("emptyCatalogTitle")}
                text={t("emptyCatalogText")}
                action={<ButtonLink href="/daftar">{t("emptyCatalogAction")}</ButtonLink>}
              />
            )}

            <Pagination page={result.page} pageCount={result.pageCount} pathname="/katalog" query={catalogQuery(filters)} />
          </div>
        </div>
      </PageBody>
    </>
  );
}
