import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { RequestList } from "@/components/sourcing/request-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { parsePage } from "@/lib/pagination";
import { listAllRequests } from "@/lib/sourcing/queries";
import { parseRequestFilter, requestStatusFilters } from "@/lib/sourcing/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sourcing.staff");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<{ page?: string | string[]; status?: string | string[] }> };

export default async function StaffRequestsPage({ searchParams }: PageProps) {
  await requireRoute("/staf/permintaan");
  const [t, query] = await Promise.all([getTranslations("Sourcing.staff"), searchParams]);
  const filter = parseRequestFilter(query.status);
  const page = parsePage(query.page);
  const requests = await listAllRequests({ page, filter });
  if (page > requests.pageCount) notFound();

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="space-y-6">
          <nav aria-label={t("filterLabel")}>
            <ul className="flex flex-wrap gap-2">
              {requestStatusFilters.map((option) => (
                <li key={option}>
                  <Link
                    href={option === "all" ? "/staf/permintaan" : `/staf/permintaan?status=${option}`}
                    aria-current={option === filter ? "page" : undefined}
                    className={[
                      "inline-flex min-h-11 items-center rounded-md border px-4 font-semibold",
                      option === filter ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white text-brand-800 hover:bg-brand-50",
                    ].join(" ")}
                  >
                    {t(`filters.${option}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {requests.total === 0 ? (
            <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
          ) : (
            <section aria-labelledby="requests-heading">
              <h2 id="requests-heading" className="text-2xl font-bold text-brand-900">
                {t("listHeading")} <span className="text-base font-normal text-muted">({t("total", { count: requests.total })})</span>
              </h2>
              <div className="mt-4">
                <RequestList items={requests.items} basePath="/staf/permintaan" showBuyer now={new Date()} />
              </div>
              <Pagination
                page={requests.page}
                pageCount={requests.pageCount}
                pathname="/staf/permintaan"
                query={{ status: filter === "all" ? undefined : filter }}
              />
            </section>
          )}
          <p>
            <Link href="/staf" className="font-semibold text-brand-800 underline">
              {t("backHome")}
            </Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
