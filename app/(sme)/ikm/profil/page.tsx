import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileSteps } from "@/components/enterprise-profile/profile-steps";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import {
  addEnterprisePhoto,
  deleteEnterprisePhoto,
  saveEnterpriseAddressStep,
  saveEnterpriseBusinessStep,
  saveEnterpriseMarketStep,
  saveEnterpriseSectorStep,
} from "@/lib/enterprises/profile-actions";
import { getOwnEnterpriseProfile } from "@/lib/enterprises/profile-queries";
import { profileStepFrom } from "@/lib/enterprises/profile-schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EnterpriseProfile");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<{ langkah?: string | string[] }> };

const ownerActions = {
  business: saveEnterpriseBusinessStep,
  address: saveEnterpriseAddressStep,
  sector: saveEnterpriseSectorStep,
  market: saveEnterpriseMarketStep,
  addPhoto: addEnterprisePhoto,
  deletePhoto: deleteEnterprisePhoto,
};

export default async function EnterpriseProfilePage({ searchParams }: PageProps) {
  const user = await requireRoute("/ikm/profil");
  const t = await getTranslations("EnterpriseProfile");
  const profile = user.enterpriseId ? await getOwnEnterpriseProfile(user.enterpriseId) : null;

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        {profile ? (
          <ProfileSteps profile={profile} step={profileStepFrom((await searchParams).langkah)} basePath="/ikm/profil" actions={ownerActions} />
        ) : (
          <EmptyState title={t("noEnterpriseTitle")} text={t("noEnterpriseText")} />
        )}
      </PageBody>
    </>
  );
}
