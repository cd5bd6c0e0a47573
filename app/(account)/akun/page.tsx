import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/account/contact-form";
import { DeleteAccount } from "@/components/account/delete-account";
import { LanguageForm } from "@/components/account/language-form";
import { PasswordForm } from "@/components/account/password-form";
import { DefinitionList } from "@/components/layout/definition-list";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getAccountSummary } from "@/lib/my-account/queries";
import { requireRoute } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MyAccount");
  return { title: t("metaTitle") };
}

function SectionHeading({ id, title, lead }: { id: string; title: string; lead?: string }) {
  return (
    <div className="mb-5">
      <h2 id={id} className="text-xl font-semibold text-brand-900">
        {title}
      </h2>
      {lead ? <p className="mt-1 text-muted">{lead}</p> : null}
    </div>
  );
}

export default async function MyAccountPage() {
  const user = await requireRoute("/akun");
  const [t, tEnums, locale, account] = await Promise.all([
    getTranslations("MyAccount"),
    getTranslations("Enums"),
    getLocale(),
    getAccountSummary(user.id),
  ]);
  if (!account) notFound();
  const organization =
    account.enterprise?.brandName ?? account.enterprise?.legalName ?? account.buyerOrganization?.name ?? account.partnerOrganization?.name;

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="grid gap-8 lg:grid-cols-2">
          <Card as="section" aria-labelledby="account-summary" className="lg:col-span-2">
            <SectionHeading id="account-summary" title={t("summaryHeading")} />
            <DefinitionList
              items={[
                { term: t("email"), detail: <span className="break-all">{account.email}</span> },
                { term: t("role"), detail: tEnums(`role.${account.role}`) },
                ...(organization ? [{ term: t("organization"), detail: organization }] : []),
                { term: t("memberSince"), detail: formatDate(account.createdAt, locale) },
              ]}
            />
            <p className="mt-4 text-sm text-muted">{t("emailHint", { office: siteConfig().officeShortName })}</p>
          </Card>

          <Card as="section" aria-labelledby="account-contact">
            <SectionHeading id="account-contact" title={t("contactHeading")} lead={t("contactLead")} />
            <ContactForm name={account.name} phone={account.phone} />
          </Card>

          <Card as="section" aria-labelledby="account-language">
            <SectionHeading id="account-language" title={t("languageHeading")} lead={t("languageLead")} />
            <LanguageForm current={locale} />
          </Card>

          <Card as="section" aria-labelledby="account-password">
            <SectionHeading id="account-password" title={t("passwordHeading")} />
            <PasswordForm email={account.email} />
          </Card>

          <Card as="section" aria-labelledby="account-data">
            <SectionHeading id="account-data" title={t("dataHeading")} lead={t("dataLead")} />
            <p className="mb-4 text-sm text-muted" id="account-download-hint">
              {t("downloadHint")}
            </p>
            {/* A file, not a page: a plain link, so the browser downloads it. */}
            <a href="/akun/unduh-data" download aria-describedby="account-download-hint" className={buttonClassName("secondary")}>
              {t("download")}
            </a>
          </Card>

          <Card as="section" aria-labelledby="account-delete" className="border-red-300 lg:col-span-2">
            <SectionHeading id="account-delete" title={t("deleteHeading")} lead={t("deleteLead")} />
            <DeleteAccount />
          </Card>
        </div>
      </PageBody>
    </>
  );
}
