import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SupplierList } from "@/components/catalog/supplier-results";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { SubmitButton } from "@/components/ui/submit-button";
import { maxQueryLength, normaliseQuery } from "@/lib/catalog/filters";
import { listSuppliers } from "@/lib/catalog/search-suppliers";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";

type DirectoryProps = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CatalogSearch.directory");
  return { title: t("metaTitle"), description: t("metaDescription", { city: siteConfig().city }) };
}

/** The supplier directory: every published supplier, searchable, a page at a time; server-rendered and shareable. */
export default async function SupplierDirectoryPage({ searchParams }: DirectoryProps) {
  const params = await searchParams;
  const q = normaliseQuery(Array.isArray(params.q) ? params.q[0] : params.q);
  const page = parsePage(params.page);
  const [t, result] = await Promise.all([getTranslations("CatalogSearch.directory"), listSuppliers(q, page)]);
  if (page > result.pageCount) notFound();

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { city: siteConfig().city })}>
        <Form action="/katalog/pemasok" role="search" className="flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <Field key={q} id="supplier-q" name="q" type="search" label={t("searchLabel")} hint={t("searchHint")} defaultValue={q} maxLength={maxQueryLength} autoComplete="off" />
          </div>
          <SubmitButton pendingLabel={t("searchButton")}>{t("searchButton")}</SubmitButton>
        </Form>
      </PageHeader>
      <PageBody>
        <p className="mb-4 font-semibold" role="status">
          {q ? t("countFor", { count: result.total, q }) : t("count", { count: result.total })}
          {q ? (
            <>
              {" "}
              <Link href="/katalog/pemasok" className="font-normal text-brand-700 underline">
                {t("allSuppliers")}
              </Link>
            </>
          ) : null}
        </p>
        {result.items.length > 0 ? (
          <SupplierList suppliers={result.items} label={t("list")} />
        ) : (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} pathname="/katalog/pemasok" query={{ q: q || undefined }} />
        <p className="mt-8">
          <Link href={q ? `/katalog?q=${encodeURIComponent(q)}` : "/katalog"} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("productsLink")}
          </Link>
        </p>
      </PageBody>
    </>
  );
}
