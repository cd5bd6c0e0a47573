import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { RequestForm } from "@/components/sourcing/request-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buyerCountryOptions } from "@/lib/reference/countries";
import { requireRoute } from "@/lib/auth/session";
import { CertificateType } from "@/lib/generated/prisma/enums";
import { jakartaToday } from "@/lib/sourcing/fit";
import { exportDestinationCodes } from "@/lib/sourcing/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sourcing.new");
  return { title: t("metaTitle") };
}

export default async function NewRequestPage() {
  const user = await requireRoute("/pembeli/permintaan/baru");
  const [t, tBuyer, tTypes, locale] = await Promise.all([
    getTranslations("Sourcing.new"),
    getTranslations("Sourcing.buyer"),
    getTranslations("Enums.certificateType"),
    getLocale(),
  ]);
  const header = <PageHeader title={t("heading")} lead={t("lead")} />;
  if (!user.buyerOrganizationId) {
    return (
      <>
        {header}
        <PageBody>
          <EmptyState title={tBuyer("noOrganizationTitle")} text={tBuyer("noOrganizationText")} />
        </PageBody>
      </>
    );
  }

  const certificates = Object.values(CertificateType).map((type) => ({ value: type, label: tTypes(type) }));
  const countries = buyerCountryOptions(locale).filter((country) => exportDestinationCodes.includes(country.code));

  return (
    <>
      {header}
      <PageBody>
        <div className="space-y-6">
          <p>
            <Link href="/pembeli/permintaan" className="font-semibold text-brand-800 underline">
              {tBuyer("backToList")}
            </Link>
          </p>
          <Card>
            <RequestForm certificates={certificates} countries={countries} minDeadline={jakartaToday(new Date()).toISOString().slice(0, 10)} />
          </Card>
        </div>
      </PageBody>
    </>
  );
}
