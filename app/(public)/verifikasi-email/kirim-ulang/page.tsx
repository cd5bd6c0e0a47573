import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmailRequestForm } from "@/components/accounts/email-request-form";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { resendVerificationAction } from "@/lib/account-lifecycle/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { accountLinkFormNamespaces } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VerifyEmail");
  return { title: t("resendMetaTitle"), robots: { index: false } };
}

export default async function ResendVerificationPage() {
  const t = await getTranslations("VerifyEmail");
  const tRegistration = await getTranslations("Registration");
  return (
    <NarrowPage
      title={t("resendHeading")}
      lead={t("resendLead")}
      after={
        <Link href="/masuk" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("backToSignIn")}
        </Link>
      }
    >
      <ClientMessages namespaces={accountLinkFormNamespaces}>
        <EmailRequestForm
          action={resendVerificationAction}
          idPrefix="resend"
          labels={{ email: t("email"), submit: t("resendSubmit"), pending: t("resendPending"), sentHeading: tRegistration("checkEmailHeading") }}
        />
      </ClientMessages>
    </NarrowPage>
  );
}
