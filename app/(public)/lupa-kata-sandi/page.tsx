import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmailRequestForm } from "@/components/accounts/email-request-form";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { requestPasswordResetAction } from "@/lib/account-lifecycle/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { accountLinkFormNamespaces } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PasswordReset");
  return { title: t("requestMetaTitle"), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("PasswordReset");
  const tRegistration = await getTranslations("Registration");
  return (
    <NarrowPage
      title={t("requestHeading")}
      lead={t("requestLead")}
      after={
        <Link href="/masuk" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("backToSignIn")}
        </Link>
      }
    >
      <ClientMessages namespaces={accountLinkFormNamespaces}>
        <EmailRequestForm
          action={requestPasswordResetAction}
          idPrefix="forgot"
          labels={{ email: t("email"), submit: t("requestSubmit"), pending: t("requestPending"), sentHeading: tRegistration("checkEmailHeading") }}
        />
      </ClientMessages>
    </NarrowPage>
  );
}
