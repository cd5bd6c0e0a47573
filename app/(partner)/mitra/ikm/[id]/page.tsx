import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { OutcomeHistory } from "@/components/referrals/outcome-history";
import { ReferralOutcomeForm } from "@/components/referrals/referral-outcome-form";
import { SharedProfile } from "@/components/referrals/shared-profile";
import { Card } from "@/components/ui/card";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { formatDate } from "@/lib/i18n/format";
import { outcomeKindsFor } from "@/lib/referrals/purposes";
import { getConsentedReferral } from "@/lib/referrals/queries";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Referrals.partner");
  return { title: t("metaTitle") };
}

// [id] is the consent: one referral per SME, partner and purpose. Without an active consent to
// the caller's own organisation this is a 404, read fresh on every request.
export default async function PartnerReferralPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await requireRoute("/mitra/ikm/[id]", `/mitra/ikm/${id}`);
  if (!isRecordId(id) || !user.partnerOrganizationId) notFound();
  const referral = await getConsentedReferral(user.partnerOrganizationId, id);
  if (!referral) notFound();
  const [t, tPurpose, locale] = await Promise.all([getTranslations("Referrals.detail"), getTranslations("Referrals.purpose"), getLocale()]);
  const enterprise = referral.enterprise;

  return (
    <>
      <PageHeader
        title={enterprise.brandName ?? enterprise.legalName}
        lead={t("lead", { purpose: tPurpose(referral.purpose), date: formatDate(referral.grantedAt, locale) })}
      >
        <Link href="/mitra/ikm" className="font-semibold text-brand-700 underline">
          <span aria-hidden="true">‹ </span>
          {t("back")}
        </Link>
      </PageHeader>
      <PageBody>
        <div className="space-y-10">
          <section aria-labelledby="profile-heading">
            <h2 id="profile-heading" className="mb-4 text-2xl font-bold text-brand-900">
              {t("profileHeading")}
            </h2>
            <SharedProfile enterprise={enterprise} now={new Date()} />
          </section>
          <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            <Card as="section" aria-labelledby="outcome-heading">
              <h2 id="outcome-heading" className="mb-4 text-xl font-bold text-brand-900">
                {t("outcomeHeading")}
              </h2>
              <ReferralOutcomeForm consentId={referral.id} kinds={outcomeKindsFor(referral.purpose)} />
            </Card>
            <section aria-labelledby="history-heading">
              <h2 id="history-heading" className="mb-4 text-xl font-bold text-brand-900">
                {t("historyHeading")}
              </h2>
              <OutcomeHistory outcomes={referral.outcomes} />
            </section>
          </div>
        </div>
      </PageBody>
    </>
  );
}
