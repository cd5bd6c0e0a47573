import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BuyerRegistrationForm } from "@/components/accounts/buyer-registration-form";
import { RegistrationPage } from "@/components/accounts/registration-page";
import { buyerCountryOptions } from "@/lib/reference/countries";
import { redirectSignedInUser, registrationFormSettings } from "@/lib/account-lifecycle/registration-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { registrationFormNamespaces } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Registration");
  return { title: t("buyerMetaTitle") };
}

export default async function BuyerRegistrationPage() {
  await redirectSignedInUser();
  const [t, locale] = await Promise.all([getTranslations("Registration"), getLocale()]);
  return (
    <RegistrationPage title={t("buyerHeading")} lead={t("buyerLead")}>
      <ClientMessages namespaces={registrationFormNamespaces}>
        <BuyerRegistrationForm countries={buyerCountryOptions(locale)} {...registrationFormSettings()} />
      </ClientMessages>
    </RegistrationPage>
  );
}
