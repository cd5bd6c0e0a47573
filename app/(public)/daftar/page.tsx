import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OfficeContact } from "@/components/layout/office-contact";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const [t, tFind] = await Promise.all([getTranslations("Register"), getTranslations("Discoverability")]);
  return { title: t("metaTitle"), description: tFind("registerDescription", { product: siteConfig().productName }) };
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 20 20" className="mt-1 size-4 shrink-0 text-green-700" fill="currentColor" aria-hidden="true">
      <path d="M7.6 13.2 4.4 10l-1.4 1.4 4.6 4.6 9.4-9.4L15.6 5.2z" />
    </svg>
  );
}

export default async function RegisterPage() {
  const t = await getTranslations("Register");
  const tRegistration = await getTranslations("Registration");
  const site = siteConfig();
  const accounts = [
    {
      id: "sme",
      heading: t("smeHeading"),
      intro: t("smeIntro", { city: site.city }),
      benefits: [t("smeBenefit1"), t("smeBenefit2"), t("smeBenefit3"), t("smeBenefit4")],
      prepare: t("smePrepare"),
      href: "/daftar/ikm",
      action: tRegistration("chooseSme"),
    },
    {
      id: "buyer",
      heading: t("buyerHeading"),
      intro: t("buyerIntro"),
      benefits: [t("buyerBenefit1"), t("buyerBenefit2"), t("buyerBenefit3"), t("buyerBenefit4")],
      prepare: t("buyerPrepare"),
      href: "/daftar/pembeli",
      action: tRegistration("chooseBuyer"),
    },
  ];

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <h2 className="sr-only">{t("accountTypesLabel")}</h2>
        <div className="grid gap-6 md:grid-cols-2">
          {accounts.map((account) => (
            <Card as="section" key={account.id} aria-labelledby={`${account.id}-heading`} className="flex flex-col gap-4">
              <h3 id={`${account.id}-heading`} className="text-xl font-bold text-brand-900">
                {account.heading}
              </h3>
              <p className="text-muted">{account.intro}</p>
              <ul className="space-y-2">
                {account.benefits.map((benefit) => (
                  <li key={benefit} className="flex gap-2">
                    <CheckIcon />
                    <span>{benefit}</span>
                  </li>
                ))}
              </ul>
              <p className="mt-auto rounded-md bg-brand-50 p-3 text-sm text-brand-900">{account.prepare}</p>
              <ButtonLink href={account.href} className="w-full">
                {account.action}
              </ButtonLink>
            </Card>
          ))}
        </div>

        <p className="mt-6 text-muted">{t("partnerNote", { office: site.officeName })}</p>

        <section aria-labelledby="how-heading" className="mt-10 rounded-xl border border-accent-300 bg-accent-50 p-5 sm:p-8">
          <h2 id="how-heading" className="text-2xl font-bold text-brand-900">
            {tRegistration("helpHeading")}
          </h2>
          <p className="mt-3 max-w-3xl text-lg">{tRegistration("helpText", { office: site.officeName })}</p>
          <OfficeContact
            tone="light"
            items={["phone", "email", "address", "website"]}
            labels={{ phone: t("phone"), email: t("email"), address: t("address"), website: t("website") }}
            addressWithOfficeName
            className="mt-5 grid gap-4 sm:grid-cols-2"
          />
        </section>

        <p className="mt-8 text-center text-muted">
          {t("haveAccount")}{" "}
          <Link href="/masuk" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("signInLink")}
          </Link>
        </p>
      </PageBody>
    </>
  );
}
