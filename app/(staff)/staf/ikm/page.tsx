import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AssistedEnterpriseTable } from "@/components/assisted/assisted-enterprise-table";
import { AssistedSearch } from "@/components/assisted/assisted-search";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listAssistedEnterprises } from "@/lib/assisted/queries";
import { parseAssistedSearch } from "@/lib/assisted/schemas";
import { requireRoute } from "@/lib/auth/session";
import { pageHref, parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Assisted.list");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pathname = "/staf/ikm";

export default async function AssistedEnterprisesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = parseAssistedSearch(params.q);
  const page = parsePage(params.page);
  await requireRoute("/staf/ikm", pageHref(pathname, page, { q }));
  const [t, result] = await Promise.all([getTranslations("Assisted.list"), listAssistedEnterprises({ q, page })]);
  const newLink = <ButtonLink href="/staf/ikm/baru">{t("newLink")}</ButtonLink>;

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")}>
        {newLink}
      </PageHeader>
      <PageBody>
        {result.total > 0 || q ? <AssistedSearch q={q} /> : null}
        {result.total === 0 ? (
          q ? (
            <EmptyState title={t("emptySearchTitle")} text={t("emptySearchText", { q })} />
          ) : (
            <EmptyState title={t("emptyTitle")} text={t("emptyText")} action={newLink} />
          )
        ) : (
          <>
            <p className="mb-4 font-medium" role="status">
              {t("total", { count: result.total })}
            </p>
            <AssistedEnterpriseTable items={result.items} />
            <Pagination page={result.page} pageCount={result.pageCount} pathname={pathname} query={{ q }} />
          </>
        )}
      </PageBody>
    </>
  );
}
