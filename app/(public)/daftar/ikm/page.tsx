import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { SmeRegistrationForm } from "@/components/accounts/sme-registration-form";
import { listKecamatanOptions } from "@/lib/accounts/queries";
import { getSessionUser } from "@/lib/auth/session";
import { isDevMailPageEnabled } from "@/lib/mail/transport";
import { roleHomePath } from "@/lib/navigation";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Registration");
  return { title: t("smeMetaTitle") };
}

export default async function SmeRegistrationPage() {
  const user = await getSessionUser();
  if (user) redirect(roleHomePath(user.role));
  const [t, kecamatan] = await Promise.all([getTranslations("Registration"), listKecamatanOptions()]);
  return (
    <NarrowPage
      title={t("smeHeading")}
      lead={t("smeLead")}
      after={
        <>
          {t("haveAccount")}{" "}
          <Link href="/masuk" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("signInLink")}
          </Link>
        </>
      }
    >
      <SmeRegistrationForm
        kecamatan={kecamatan}
        officeName={siteConfig().officeName}
        devMailPath={isDevMailPageEnabled() ? "/dev/surat" : null}
      />
    </NarrowPage>
  );
}
