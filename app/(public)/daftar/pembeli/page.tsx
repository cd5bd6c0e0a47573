import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BuyerRegistrationForm } from "@/components/accounts/buyer-registration-form";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { buyerCountryOptions } from "@/lib/accounts/countries";
import { getSessionUser } from "@/lib/auth/session";
import { isDevMailPageEnabled } from "@/lib/mail/transport";
import { roleHomePath } from "@/lib/navigation";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Registration");
  return { title: t("buyerMetaTitle") };
}

export default async function BuyerRegistrationPage() {
  const user = await getSessionUser();
  if (user) redirect(roleHomePath(user.role));
  const [t, locale] = await Promise.all([getTranslations("Registration"), getLocale()]);
  return (
    <NarrowPage
      title={t("buyerHeading")}
      lead={t("buyerLead")}
      after={
        <>
          {t("haveAccount")}{" "}
          <Link href="/masuk" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("signInLink")}
          </Link>
        </>
      }
    >
      <BuyerRegistrationForm
        countries={buyerCountryOptions(locale)}
        officeName={siteConfig().officeName}
        devMailPath={isDevMailPageEnabled() ? "/dev/surat" : null}
      />
    </NarrowPage>
  );
}
