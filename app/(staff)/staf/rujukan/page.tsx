import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ReferralStatistics } from "@/components/referrals/referral-statistics";
import { requireRoute } from "@/lib/auth/session";
import { getReferralStatistics } from "@/lib/referrals/statistics";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Referrals.staff");
  return { title: t("metaTitle") };
}

export default async function ReferralStatisticsPage() {
  await requireRoute("/staf/rujukan");
  const [t, statistics] = await Promise.all([getTranslations("Referrals.staff"), getReferralStatistics()]);
  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <ReferralStatistics statistics={statistics} />
      </PageBody>
    </>
  );
}
