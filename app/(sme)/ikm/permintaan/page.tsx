import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { RequestList, type RequestListEntry } from "@/components/sourcing/request-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { parsePage } from "@/lib/pagination";
import { getSmeSourcingContext, listRequestsForSme } from "@/lib/sourcing/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sourcing.sme");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function SmeRequestsPage({ searchParams }: PageProps) {
  const user = await requireRoute("/ikm/permintaan");
  const [t, query] = await Promise.all([getTranslations("Sourcing.sme"), searchParams]);
  const context = user.enterpriseId ? await getSmeSourcingContext(user.enterpriseId) : null;
  const header = <PageHeader title={t("heading")} lead={t("lead")} />;

  if (!context || !context.published) {
    return (
      <>
        {header}
        <PageBody>
          {context ? (
            <EmptyState
              title={t("notPublishedTitle")}
              text={t("notPublishedText")}
              action={<ButtonLink href="/ikm/kurasi">{t("notPublishedAction")}</ButtonLink>}
            />
          ) : (
            <EmptyState title={t("noEnterpriseTitle")} text={t("noEnterpriseText")} />
          )}
        </PageBody>
      </>
    );
  }

  const now = new Date();
  const page = parsePage(query.page);
  const requests = await listRequestsForSme(context, { page, now });
  if (page > requests.pageCount) notFound();
  const items: RequestListEntry[] = requests.items.map((request) => ({
    ...request,
    badges: [
      ...(request.forwarded ? [{ label: t("forwardedBadge"), tone: "accent" as const }] : []),
      ...(request.ownOffer === "SUBMITTED" ? [{ label: t("offerSentBadge"), tone: "info" as const }] : []),
      ...(request.ownOffer === "WITHDRAWN" ? [{ label: t("offerWithdrawnBadge"), tone: "neutral" as const }] : []),
    ],
  }));

  return (
    <>
      {header}
      <PageBody>
        <div className="space-y-6">
          <p className="text-muted">{t("fitRule")}</p>
          {requests.total === 0 ? (
            <EmptyState
              title={t("emptyTitle")}
              text={t("emptyText")}
              action={
                <ButtonLink href="/ikm/profil" variant="secondary">
                  {t("emptyAction")}
                </ButtonLink>
              }
            />
          ) : (
            <section aria-labelledby="requests-heading">
              <h2 id="requests-heading" className="text-2xl font-bold text-brand-900">
                {t("listHeading")} <span className="text-base font-normal text-muted">({t("total", { count: requests.total })})</span>
              </h2>
              <div className="mt-4">
                <RequestList items={items} basePath="/ikm/permintaan" showBuyer showOffers={false} now={now} />
              </div>
              <Pagination page={requests.page} pageCount={requests.pageCount} pathname="/ikm/permintaan" />
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
