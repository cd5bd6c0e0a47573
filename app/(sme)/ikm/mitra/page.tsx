import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { PartnerConsentCard } from "@/components/referrals/partner-consent-card";
import { SharedDataNotice } from "@/components/referrals/shared-data-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { listConsentOptions } from "@/lib/referrals/queries";
import { parseRevokeRequest } from "@/lib/referrals/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Referrals.sme");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SmePartnerConsentPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRoute("/ikm/mitra");
  const t = await getTranslations("Referrals.sme");
  const partners = user.enterpriseId ? await listConsentOptions(user.enterpriseId) : null;
  // "Cabut persetujuan" links here with ?cabut=<partner>:<purpose>: that card asks to confirm.
  const confirming = parseRevokeRequest((await searchParams).cabut);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        {partners === null ? (
          <EmptyState title={t("noEnterpriseTitle")} text={t("noEnterpriseText")} />
        ) : (
          <div className="space-y-8">
            <SharedDataNotice />
            <section aria-labelledby="partners-heading">
              <h2 id="partners-heading" className="text-2xl font-bold text-brand-900">
                {t("partnersHeading")}
              </h2>
              {partners.length === 0 ? (
                <div className="mt-4">
                  <EmptyState headingLevel={3} title={t("emptyTitle")} text={t("emptyText")} />
                </div>
              ) : (
                <div className="mt-4 grid gap-4 lg:grid-cols-2">
                  {partners.map((partner) => (
                    <PartnerConsentCard
                      key={partner.id}
                      partner={partner}
                      confirming={confirming?.partnerOrganizationId === partner.id ? confirming.purpose : null}
                      now={now}
                    />
                  ))}
                </div>
              )}
            </section>
          </div>
        )}
      </PageBody>
    </>
  );
}
