import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductCard } from "@/components/catalog/product-card";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { SubmitButton } from "@/components/ui/submit-button";
import { listPublishedProducts, maxQueryLength } from "@/lib/catalog/queries";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Catalog");
  return { title: t("metaTitle") };
}

type CatalogPageProps = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export default async function CatalogPage({ searchParams }: CatalogPageProps) {
  const params = await searchParams;
  const rawQuery = Array.isArray(params.q) ? params.q[0] : params.q;
  const [t, result] = await Promise.all([
    getTranslations("Catalog"),
    listPublishedProducts({ q: rawQuery, page: parsePage(params.page) }),
  ]);
  const { q } = result;
  if (result.page > result.pageCount) notFound();

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { city: siteConfig().city })}>
        <Form action="/katalog" role="search" className="flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <Field
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
      </PageHeader>

      <PageBody>
        <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2" aria-live="polite">
          <p className="font-semibold text-ink">
            {q ? t("resultsFor", { count: result.total, q }) : t("resultsCount", { count: result.total })}
          </p>
          {q ? (
            <Link href="/katalog" className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t("clearSearch")}
            </Link>
          ) : null}
        </div>

        {result.items.length > 0 ? (
          <ul aria-label={t("listLabel")} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.items.map((product) => (
              <ProductCard key={product.id} product={product} />
            ))}
          </ul>
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

        <Pagination page={result.page} pageCount={result.pageCount} pathname="/katalog" query={{ q: q || undefined }} />
      </PageBody>
    </>
  );
}
