import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ReferralFilters } from "@/components/referrals/referral-filters";
import { ReferralTable } from "@/components/referrals/referral-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { pageHref, parsePage } from "@/lib/pagination";
import { listConsentedReferrals } from "@/lib/referrals/queries";
import { parseReferralFilter } from "@/lib/referrals/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Referrals.partner");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pathname = "/mitra/ikm";

export default async function PartnerReferralsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = parseReferralFilter(params);
  const page = parsePage(params.page);
  const query = { q: filter.q, purpose: filter.purpose };
  const user = await requireRoute("/mitra/ikm", pageHref(pathname, page, query));
  const t = await getTranslations("Referrals.partner");
  const organizationId = user.partnerOrganizationId;
  const result = organizationId ? await listConsentedReferrals(organizationId, filter, page) : null;
  const filtered = Boolean(filter.q || filter.purpose);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        {result === null ? (
          <EmptyState title={t("noOrganizationTitle")} text={t("noOrganizationText")} />
        ) : (
          <>
            {result.total > 0 || filtered ? <ReferralFilters filter={filter} /> : null}
            {result.total === 0 ? (
              filtered ? (
                <EmptyState title={t("emptySearchTitle")} text={t("emptySearchText")} />
              ) : (
                <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
              )
            ) : (
              <>
                <p className="mb-4 font-medium" role="status">
                  {t("total", { count: result.total })}
                </p>
                <ReferralTable rows={result.items} />
                <Pagination page={result.page} pageCount={result.pageCount} pathname={pathname} query={query} />
              </>
            )}
          </>
        )}
      </PageBody>
    </>
  );
}
