// The five steps of the enterprise profile, shared by the owner's page (/ikm/profil) and staff's
// assisted copy (/staf/ikm/[id]/profil): each page hands in its own server actions, the path
// the step links start from and, for staff, the enterprise the forms name.
import { getLocale, getTranslations } from "next-intl/server";
import { buyerCountryOptions } from "@/lib/reference/countries";
import type { FormAction } from "@/lib/auth/action";
import { type EnterpriseProfile, getPlaceOptions } from "@/lib/enterprises/profile-queries";
import type { ProfileStep } from "@/lib/enterprises/profile-schemas";
import { exportCountryCodes } from "@/lib/reference/countries";
import { classifyBusinessScale } from "@/lib/enterprises/scale";
import { ButtonLink } from "@/components/ui/button";
import { finishStepHref, profileStepsFilled, type PublicationChecklist } from "@/lib/enterprises/publication-checklist";
import { AddressStepForm } from "./address-step-form";
import { BusinessStepForm } from "./business-step-form";
import { FinishStep } from "./finish-step";
import { MarketStepForm } from "./market-step-form";
import { PhotoStep } from "./photo-step";
import { ProfileStepList, type StepStatus } from "./profile-step-list";
import { ScaleSummary } from "./scale-summary";
import { SectorStepForm } from "./sector-step-form";

/** The owner's finish step (step 6): the checklist toward publication and the finish action. */
export type ProfileFinish = { checklist: PublicationChecklist; action: FormAction };

export type ProfileStepActions = {
  business: FormAction;
  address: FormAction;
  sector: FormAction;
  market: FormAction;
  addPhoto: FormAction;
  deletePhoto: FormAction;
};

type ProfileStepsProps = {
  profile: EnterpriseProfile;
  step: ProfileStep;
  basePath: string;
  actions: ProfileStepActions;
  enterpriseId?: string;
  /** Only the owner's wizard has the finish step; staff's assisted copy has the five data steps. */
  finish?: ProfileFinish;
};

/** The steps as the list shows them: filled or not, the optional one marked, and the finish step when there is one. */
export function profileStepStatuses(profile: EnterpriseProfile, finish?: ProfileFinish): StepStatus[] {
  const steps: StepStatus[] = profileStepsFilled(profile).map(({ key, filled, optional }, index) => ({
    step: (index + 1) as ProfileStep,
    key,
    filled,
    optional,
  }));
  return finish ? [...steps, { step: 6, key: "finish", filled: finish.checklist.submitted }] : steps;
}

export async function ProfileSteps({ profile, step: asked, basePath, actions, enterpriseId, finish }: ProfileStepsProps) {
  const t = await getTranslations("EnterpriseProfile");
  const steps = profileStepStatuses(profile, finish);
  const step = steps.some((entry) => entry.step === asked) ? asked : 1;
  const current = steps[step - 1] ?? steps[0];
  return (
    <div className="max-w-3xl space-y-8">
      <ProfileStepList steps={steps} current={step} basePath={basePath} />
      <section aria-labelledby="profile-step-heading" className="space-y-5">
        <h2 id="profile-step-heading" className="text-2xl font-bold text-brand-900">
          {t(`steps.${current?.key ?? "business"}`)}
        </h2>
        {step === 6 && finish ? (
          <FinishStep profile={profile} checklist={finish.checklist} action={finish.action} />
        ) : (
          <CurrentStep profile={profile} step={step} actions={actions} enterpriseId={enterpriseId} finish={finish} />
        )}
      </section>
    </div>
  );
}

async function CurrentStep({ profile, step, actions, enterpriseId, finish }: Omit<ProfileStepsProps, "basePath">) {
  const common = { enterpriseId };
  if (step === 1) return <BusinessStep profile={profile} action={actions.business} enterpriseId={enterpriseId} />;
  if (step === 2) {
    const options = await getPlaceOptions();
    return (
      <AddressStepForm
        action={actions.address}
        {...common}
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
  const text = (value: number | string | null) => (value === null ? "" : String(value));
  if (step === 3) {
    return (
      <SectorStepForm
        action={actions.sector}
        {...common}
        initial={{
          primary: profile.primaryKbli,
          additional: profile.additionalKbli.map((row) => row.kbli),
          monthlyCapacity: text(profile.monthlyCapacity),
          installedCapacity: text(profile.installedCapacity),
          capacityUnit: text(profile.capacityUnit),
          rawMaterials: text(profile.rawMaterials),
          electricityKwhPerMonth: text(profile.electricityKwhPerMonth),
          fuelPerMonth: text(profile.fuelPerMonth),
          fuelUnit: text(profile.fuelUnit),
          gasPerMonth: text(profile.gasPerMonth),
          gasUnit: text(profile.gasUnit),
        }}
      />
    );
  }
  if (step === 4) {
    const exportable = new Set<string>(exportCountryCodes);
    const countries = buyerCountryOptions(await getLocale()).filter((country) => exportable.has(country.code));
    return (
      <MarketStepForm
        action={actions.market}
        {...common}
        countries={countries}
        initial={{
          salesChannels: profile.salesChannels,
          sellsNationally: profile.sellsNationally,
          exportCountries: profile.exportCountries,
          targetBuyerKinds: profile.targetBuyerKinds,
          phone: text(profile.phone),
          whatsapp: text(profile.whatsapp),
          email: text(profile.email),
          website: text(profile.website),
          instagram: text(profile.instagram),
          facebook: text(profile.facebook),
          tiktok: text(profile.tiktok),
          marketplaceUrl: text(profile.marketplaceUrl),
        }}
      />
    );
  }
  return (
    <>
      <PhotoStep
        addAction={actions.addPhoto}
        deleteAction={actions.deletePhoto}
        {...common}
        enterpriseName={profile.brandName ?? profile.legalName}
        photos={profile.photos}
      />
      {finish ? <ContinueToFinish /> : null}
    </>
  );
}

/** Step 5 has only upload buttons: this is its way on, also without uploading anything. */
async function ContinueToFinish() {
  const t = await getTranslations("EnterpriseProfile.finish");
  return (
    <div className="space-y-2 border-t border-line pt-5">
      <p className="text-muted">{t("continueHint")}</p>
      <ButtonLink href={finishStepHref}>{t("continue")}</ButtonLink>
    </div>
  );
}

async function BusinessStep({ profile, action, enterpriseId }: { profile: EnterpriseProfile; action: FormAction; enterpriseId?: string }) {
  const t = await getTranslations("EnterpriseProfile.business");
  const rupiah = (value: bigint | null) => (value === null ? "" : new Intl.NumberFormat("id-ID").format(value));
  const saved = classifyBusinessScale({ capitalRupiah: profile.capitalRupiah, annualSalesRupiah: profile.annualSalesRupiah });
  return (
    <>
      {profile.scale ? <ScaleSummary result={saved} heading={t("scaleHeading")} headingId="profile-scale-saved" /> : null}
      <BusinessStepForm
        action={action}
        enterpriseId={enterpriseId}
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
