import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { ButtonLink } from "@/components/ui/button";
import { resetPasswordAction } from "@/lib/account-lifecycle/actions";
import { findPasswordResetAccount } from "@/lib/account-lifecycle/queries";
import { findByLinkToken, type TokenLinkSearchParams } from "@/lib/account-lifecycle/token-link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { accountLinkFormNamespaces } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PasswordReset");
  return { title: t("resetMetaTitle"), robots: { index: false } };
}

type ResetPasswordPageProps = { searchParams: TokenLinkSearchParams };

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const t = await getTranslations("PasswordReset");
  const account = await findByLinkToken(searchParams, findPasswordResetAccount);

  if (!account.ok) {
    return (
      <NarrowPage title={t("resetHeading")}>
        <LinkProblem heading={t(`${account.reason}Heading`)} text={t(`${account.reason}Text`)}>
          <ButtonLink href="/lupa-kata-sandi">{t("requestNew")}</ButtonLink>
          <ButtonLink href="/masuk" variant="secondary">
            {t("backToSignIn")}
          </ButtonLink>
        </LinkProblem>
      </NarrowPage>
    );
  }

  return (
    <NarrowPage title={t("resetHeading")} lead={t("resetLead")}>
      <ClientMessages namespaces={accountLinkFormNamespaces}>
        <SetPasswordForm
          action={resetPasswordAction}
          token={account.token}
          idPrefix="reset"
          email={{ label: t("email"), value: account.email }}
          labels={{
            password: t("password"),
            passwordHint: t("passwordHint"),
            passwordConfirm: t("passwordConfirm"),
            submit: t("resetSubmit"),
            pending: t("resetPending"),
            doneHeading: t("doneHeading"),
            doneText: t("doneText"),
            signIn: t("signIn"),
          }}
        />
      </ClientMessages>
    </NarrowPage>
  );
}
