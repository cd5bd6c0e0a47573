import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { ButtonLink } from "@/components/ui/button";
import { resetPassword } from "@/lib/accounts/actions";
import { findPasswordResetAccount } from "@/lib/accounts/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PasswordReset");
  return { title: t("resetMetaTitle") };
}

type ResetPasswordPageProps = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const token = [(await searchParams).token].flat()[0];
  const t = await getTranslations("PasswordReset");
  const account = token ? await findPasswordResetAccount(token) : ({ ok: false, reason: "invalid" } as const);

  if (!account.ok || !token) {
    const reason = account.ok ? "invalid" : account.reason;
    const problem = {
      expired: { heading: t("expiredHeading"), text: t("expiredText") },
      used: { heading: t("usedHeading"), text: t("usedText") },
      invalid: { heading: t("invalidHeading"), text: t("invalidText") },
    }[reason];
    return (
      <NarrowPage title={t("resetHeading")}>
        <LinkProblem heading={problem.heading} text={problem.text}>
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
      <SetPasswordForm
        action={resetPassword}
        token={token}
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
    </NarrowPage>
  );
}
