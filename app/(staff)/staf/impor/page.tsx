import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportHistoryTable } from "@/components/imports/import-history-table";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { buttonClassName, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { listImports } from "@/lib/import-desk/queries";
import { importKinds } from "@/lib/imports/types";
import { pageHref, parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Imports.list");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pathname = "/staf/impor";

export default async function ImportsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = parsePage((await searchParams).page);
  await requireRoute("/staf/impor", pageHref(pathname, page));
  const [t, tKinds, tTexts, result] = await Promise.all([
    getTranslations("Imports.list"),
    getTranslations("Imports.kinds"),
    getTranslations("Imports.kindTexts"),
    listImports(page),
  ]);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <section aria-labelledby="new-import" className="mb-10">
          <h2 id="new-import" className="mb-4 text-xl font-semibold">
            {t("newHeading")}
          </h2>
          <ul className="grid gap-4 md:grid-cols-3">
            {importKinds.map((kind) => (
              <li key={kind} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-5 shadow-sm">
                <h3 className="text-lg font-semibold">{tKinds(kind)}</h3>
                <p className="grow text-sm text-muted">{tTexts(kind)}</p>
                <div className="flex flex-wrap gap-2">
                  <ButtonLink href={`/staf/impor/baru?jenis=${kind}`}>{t("newLink", { kind: tKinds(kind) })}</ButtonLink>
                  {/* A file, not a page: a plain link so the browser downloads it. */}
                  <a href={`/staf/impor/templat?jenis=${kind}`} download className={buttonClassName("secondary")}>
                    {t("templateLink", { kind: tKinds(kind) })}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        </section>
        {result.total === 0 ? (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        ) : (
          <>
            <ImportHistoryTable items={result.items} />
            <Pagination page={result.page} pageCount={result.pageCount} pathname={pathname} />
          </>
        )}
      </PageBody>
    </>
  );
}
