import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddressStepForm } from "@/components/enterprise-profile/address-step-form";
import { BusinessStepForm } from "@/components/enterprise-profile/business-step-form";
import { ProfileStepList, type StepStatus } from "@/components/enterprise-profile/profile-step-list";
import { ScaleSummary } from "@/components/enterprise-profile/scale-summary";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { type EnterpriseProfile, getOwnEnterpriseProfile, getPlaceOptions } from "@/lib/enterprises/profile-queries";
import { profileStepFrom } from "@/lib/enterprises/profile-schemas";
import { classifyBusinessScale } from "@/lib/enterprises/scale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EnterpriseProfile");
  return { title: t("metaTitle") };
}

function stepStatuses(profile: EnterpriseProfile): StepStatus[] {
  return [
    { step: 1, key: "business", filled: profile.nib !== null },
    { step: 2, key: "address", filled: profile.kelurahanCode !== null && profile.address !== null },
  ];
}

type PageProps = { searchParams: Promise<{ langkah?: string | string[] }> };

export default async function EnterpriseProfilePage({ searchParams }: PageProps) {
  const user = await requireRoute("/ikm/profil");
  const t = await getTranslations("EnterpriseProfile");
  const profile = user.enterpriseId ? await getOwnEnterpriseProfile(user.enterpriseId) : null;

  if (!profile) {
    return (
      <>
        <PageHeader title={t("heading")} lead={t("lead")} />
        <PageBody>
          <EmptyState title={t("noEnterpriseTitle")} text={t("noEnterpriseText")} />
        </PageBody>
      </>
    );
  }

  const step = profileStepFrom((await searchParams).langkah);
  const steps = stepStatuses(profile);
  const heading = t(`steps.${steps[step - 1]?.key ?? "business"}`);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="max-w-3xl space-y-8">
          <ProfileStepList steps={steps} current={step} />
          <section aria-labelledby="profile-step-heading" className="space-y-5">
            <h2 id="profile-step-heading" className="text-2xl font-bold text-brand-900">
              {heading}
            </h2>
            {step === 1 ? <BusinessStep profile={profile} /> : <AddressStep profile={profile} />}
          </section>
        </div>
      </PageBody>
    </>
  );
}

async function BusinessStep({ profile }: { profile: EnterpriseProfile }) {
  const t = await getTranslations("EnterpriseProfile.business");
  const rupiah = (value: bigint | null) => (value === null ? "" : new Intl.NumberFormat("id-ID").format(value));
  const saved = classifyBusinessScale({ capitalRupiah: profile.capitalRupiah, annualSalesRupiah: profile.annualSalesRupiah });
  return (
    <>
      {profile.scale ? (
        <ScaleSummary result={saved} heading={t("scaleHeading")} headingId="profile-scale-saved" />
      ) : null}
      <BusinessStepForm
        initial={{
          legalName: profile.legalName,
          brandName: profile.brandName ?? "",
          legalForm: profile.legalForm,
          nib: profile.nib ?? "",
          npwp: profile.npwp ?? "",
          yearFounded: profile.yearFounded?.toString() ?? "",
          workforce: profile.workforce?.toString() ?? "",
          capitalRupiah: rupiah(profile.capitalRupiah),
          annualSalesRupiah: rupiah(profile.annualSalesRupiah),
        }}
      />
    </>
  );
}

async function AddressStep({ profile }: { profile: EnterpriseProfile }) {
  const options = await getPlaceOptions();
  return (
    <AddressStepForm
      initial={{
        kecamatanCode: profile.kecamatanCode,
        kelurahanCode: profile.kelurahanCode ?? "",
        address: profile.address ?? "",
        sentraId: profile.sentraId ?? "",
      }}
      options={{ kecamatan: options.kecamatan, kelurahan: options.kelurahan, sentra: options.sentra }}
    />
  );
}
