import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { SetPasswordForm } from "@/components/accounts/set-password-form";
import { ButtonLink } from "@/components/ui/button";
import { acceptInvitation } from "@/lib/accounts/actions";
import { findInvitation } from "@/lib/accounts/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Invitation");
  return { title: t("metaTitle") };
}

type InvitationPageProps = { searchParams: Promise<{ token?: string | string[] }> };

export default async function InvitationPage({ searchParams }: InvitationPageProps) {
  const token = [(await searchParams).token].flat()[0];
  const [t, tEnums] = await Promise.all([getTranslations("Invitation"), getTranslations("Enums")]);
  const invitation = token ? await findInvitation(token) : ({ ok: false, reason: "invalid" } as const);

  if (!invitation.ok || !token) {
    const reason = invitation.ok ? "invalid" : invitation.reason;
    const problem = {
      expired: { heading: t("expiredHeading"), text: t("expiredText") },
      used: { heading: t("usedHeading"), text: t("usedText") },
      invalid: { heading: t("invalidHeading"), text: t("invalidText") },
    }[reason];
    return (
      <NarrowPage title={t("heading")}>
        <LinkProblem heading={problem.heading} text={problem.text}>
          <ButtonLink href="/masuk">{t("signIn")}</ButtonLink>
          {reason === "used" ? (
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
      <SetPasswordForm
        action={acceptInvitation}
        token={token}
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
    </NarrowPage>
  );
}
