import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkProblem } from "@/components/accounts/link-problem";
import { NarrowPage } from "@/components/accounts/narrow-page";
import { FirstAdminForm } from "@/components/first-admin/first-admin-form";
import { ButtonLink } from "@/components/ui/button";
import { findAdminSetup } from "@/lib/first-admin/queries";
import { ClientMessages } from "@/components/i18n/client-messages";
import { firstAdminFormNamespaces } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminSetup");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function AdminSetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations("AdminSetup");
  const setup = await findAdminSetup(searchParams);

  if (!setup.ok) {
    return (
      <NarrowPage title={t("heading")}>
        <LinkProblem heading={t(`${setup.reason}Heading`)} text={t(`${setup.reason}Text`)}>
          <ButtonLink href="/masuk">{t("signIn")}</ButtonLink>
        </LinkProblem>
      </NarrowPage>
    );
  }

  return (
    <NarrowPage title={t("heading")} lead={t("lead")}>
      <ClientMessages namespaces={firstAdminFormNamespaces}>
        <FirstAdminForm token={setup.token} />
      </ClientMessages>
    </NarrowPage>
  );
}
