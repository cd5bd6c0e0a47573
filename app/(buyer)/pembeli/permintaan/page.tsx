import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { RequestList } from "@/components/sourcing/request-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { parsePage } from "@/lib/pagination";
import { listBuyerRequests } from "@/lib/sourcing/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sourcing.buyer");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function BuyerRequestsPage({ searchParams }: PageProps) {
  const user = await requireRoute("/pembeli/permintaan");
  const [t, query] = await Promise.all([getTranslations("Sourcing.buyer"), searchParams]);
  const header = <PageHeader title={t("heading")} lead={t("lead")} />;
  if (!user.buyerOrganizationId) {
    return (
      <>
        {header}
        <PageBody>
          <EmptyState title={t("noOrganizationTitle")} text={t("noOrganizationText")} />
        </PageBody>
      </>
    );
  }

  const page = parsePage(query.page);
  const requests = await listBuyerRequests(user.buyerOrganizationId, { page });
  if (page > requests.pageCount) notFound();
  const newLink = <ButtonLink href="/pembeli/permintaan/baru">{t("new")}</ButtonLink>;

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")}>
        {requests.total > 0 ? newLink : null}
      </PageHeader>
      <PageBody>
        <div className="space-y-6">
          {requests.total === 0 ? (
            <EmptyState title={t("emptyTitle")} text={t("emptyText")} action={newLink} />
          ) : (
            <section aria-labelledby="requests-heading">
              <h2 id="requests-heading" className="text-2xl font-bold text-brand-900">
                {t("listHeading")} <span className="text-base font-normal text-muted">({t("total", { count: requests.total })})</span>
              </h2>
              <div className="mt-4">
                <RequestList items={requests.items} basePath="/pembeli/permintaan" showBuyer={false} now={new Date()} />
              </div>
              <Pagination page={requests.page} pageCount={requests.pageCount} pathname="/pembeli/permintaan" />
            </section>
          )}
          <p>
            <Link href="/pembeli" className="font-semibold text-brand-800 underline">
              {t("backHome")}
            </Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
