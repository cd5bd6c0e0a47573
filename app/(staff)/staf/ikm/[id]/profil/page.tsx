import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PendingChangeNotice } from "@/components/enterprise-profile/pending-change-notice";
import { ProfileSteps } from "@/components/enterprise-profile/profile-steps";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { requireRoute } from "@/lib/auth/session";
import {
  addAssistedEnterprisePhotoAction,
  deleteAssistedEnterprisePhotoAction,
  saveAssistedAddressStepAction,
  saveAssistedBusinessStepAction,
  saveAssistedMarketStepAction,
  saveAssistedSectorStepAction,
} from "@/lib/enterprises/assisted-profile-actions";
import { getOwnPendingChange } from "@/lib/curation/change-queries";
import { getAssistedEnterpriseProfile } from "@/lib/enterprises/profile-queries";
import { profileStepFrom } from "@/lib/enterprises/profile-schemas";
import { isRecordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EnterpriseProfile.assisted");
  return { title: t("metaTitle") };
}

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ langkah?: string | string[] }> };

const staffActions = {
  business: saveAssistedBusinessStepAction,
  address: saveAssistedAddressStepAction,
  sector: saveAssistedSectorStepAction,
  market: saveAssistedMarketStepAction,
  addPhoto: addAssistedEnterprisePhotoAction,
  deletePhoto: deleteAssistedEnterprisePhotoAction,
};

export default async function AssistedEnterpriseProfilePage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/ikm/[id]/profil", `/staf/ikm/${id}/profil`);
  if (!isRecordId(id)) notFound();
  const assisted = await getAssistedEnterpriseProfile(id);
  if (!assisted) notFound();
  const { profile, ownerName } = assisted;
  const pending = await getOwnPendingChange(profile.id);
  const t = await getTranslations("EnterpriseProfile.assisted");
  const enterpriseName = profile.brandName ?? profile.legalName;

  return (
    <>
      <PageHeader title={t("heading", { name: enterpriseName })} lead={t("lead")} />
      <PageBody>
        <div className="space-y-6">
          <p role="note" className="max-w-3xl rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 font-medium text-amber-950">
            {t("banner", { owner: ownerName ?? profile.legalName })}
          </p>
          {pending ? <PendingChangeNotice pending={pending} /> : null}
          <ProfileSteps
            profile={profile}
            step={profileStepFrom((await searchParams).langkah)}
            basePath={`/staf/ikm/${profile.id}/profil`}
            actions={staffActions}
            enterpriseId={profile.id}
          />
        </div>
      </PageBody>
    </>
  );
}
