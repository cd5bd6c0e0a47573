import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { ButtonLink } from "@/components/ui/button";
import { acceptInvitationAction } from "@/lib/account-lifecycle/actions";
import { findInvitation } from "@/lib/account-lifecycle/queries";
import { findByLinkToken, type TokenLinkSearchParams } from "@/lib/account-lifecycle/token-link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { accountLinkFormNamespaces } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Invitation");
  return { title: t("metaTitle"), robots: { index: false } };
}

type InvitationPageProps = { searchParams: TokenLinkSearchParams };

export default async function InvitationPage({ searchParams }: InvitationPageProps) {
  const [t, tEnums] = await Promise.all([getTranslations("Invitation"), getTranslations("Enums")]);
  const invitation = await findByLinkToken(searchParams, findInvitation);

  if (!invitation.ok) {
    return (
      <NarrowPage title={t("heading")}>
        <LinkProblem heading={t(`${invitation.reason}Heading`)} text={t(`${invitation.reason}Text`)}>
          <ButtonLink href="/masuk">{t("signIn")}</ButtonLink>
          {invitation.reason === "used" ? (
            <ButtonLink href="/lupa-kata-sandi" variant="secondary">
              {t("forgotPassword")}
            </ButtonLink>
          ) : null}
        </LinkProblem>
      </NarrowPage>
    );
  }

  const role = tEnums(`role.${invitation.role}`);
  const lead = invitation.organizationName
    ? t("leadWithOrganization", { role, organization: invitation.organizationName })
    : t("lead", { role });

  return (
    <NarrowPage title={t("heading")} lead={lead}>
      <ClientMessages namespaces={accountLinkFormNamespaces}>
        <SetPasswordForm
          action={acceptInvitationAction}
          token={invitation.token}
          idPrefix="invitation"
          email={{ label: t("email"), value: invitation.email }}
          name={{ label: t("name"), hint: t("nameHint"), defaultValue: invitation.name }}
          labels={{
            password: t("password"),
            passwordHint: t("passwordHint"),
            passwordConfirm: t("passwordConfirm"),
            submit: t("submit"),
            pending: t("pending"),
            doneHeading: t("doneHeading"),
            doneText: t("doneText"),
            signIn: t("signIn"),
          }}
        />
      </ClientMessages>
    </NarrowPage>
  );
}
