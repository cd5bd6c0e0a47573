import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PendingChangeNotice } from "@/components/enterprise-profile/pending-change-notice";
import { ProfileSteps } from "@/components/enterprise-profile/profile-steps";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { getOwnPendingChange } from "@/lib/curation/change-queries";
import {
  addEnterprisePhotoAction,
  deleteEnterprisePhotoAction,
  saveEnterpriseAddressStepAction,
  saveEnterpriseBusinessStepAction,
  saveEnterpriseMarketStepAction,
  saveEnterpriseSectorStepAction,
} from "@/lib/enterprises/profile-actions";
import { finishProfileAction } from "@/lib/curation/finish-actions";
import { getOwnEnterpriseProfile } from "@/lib/enterprises/profile-queries";
import { getPublicationChecklist } from "@/lib/enterprises/publication-queries";
import { profileStepFrom } from "@/lib/enterprises/profile-schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EnterpriseProfile");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<{ langkah?: string | string[] }> };

const ownerActions = {
  business: saveEnterpriseBusinessStepAction,
  address: saveEnterpriseAddressStepAction,
  sector: saveEnterpriseSectorStepAction,
  market: saveEnterpriseMarketStepAction,
  addPhoto: addEnterprisePhotoAction,
  deletePhoto: deleteEnterprisePhotoAction,
};

export default async function EnterpriseProfilePage({ searchParams }: PageProps) {
  const user = await requireRoute("/ikm/profil");
  const t = await getTranslations("EnterpriseProfile");
  const [profile, pending, checklist] = user.enterpriseId
    ? await Promise.all([getOwnEnterpriseProfile(user.enterpriseId), getOwnPendingChange(user.enterpriseId), getPublicationChecklist(user.enterpriseId)])
    : [null, null, null];

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        {pending ? <PendingChangeNotice pending={pending} /> : null}
        {profile ? (
          <ProfileSteps
            profile={profile}
            step={profileStepFrom((await searchParams).langkah)}
            basePath="/ikm/profil"
            actions={ownerActions}
            finish={checklist ? { checklist, action: finishProfileAction } : undefined}
          />
        ) : (
          <EmptyState title={t("noEnterpriseTitle")} text={t("noEnterpriseText")} />
        )}
      </PageBody>
    </>
  );
}
