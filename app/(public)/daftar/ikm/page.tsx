import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrationPage } from "@/components/accounts/registration-page";
import { SmeRegistrationForm } from "@/components/accounts/sme-registration-form";
import { listKecamatanOptions } from "@/lib/account-lifecycle/queries";
import { redirectSignedInUser, registrationFormSettings } from "@/lib/account-lifecycle/registration-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { registrationFormNamespaces } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Registration");
  return { title: t("smeMetaTitle") };
}

export default async function SmeRegistrationPage() {
  await redirectSignedInUser();
  const [t, kecamatan] = await Promise.all([getTranslations("Registration"), listKecamatanOptions()]);
  return (
    <RegistrationPage title={t("smeHeading")} lead={t("smeLead")}>
      <ClientMessages namespaces={registrationFormNamespaces}>
        <SmeRegistrationForm kecamatan={kecamatan} {...registrationFormSettings()} />
      </ClientMessages>
    </RegistrationPage>
  );
}
