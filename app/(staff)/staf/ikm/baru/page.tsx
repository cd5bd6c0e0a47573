import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssistedEnterpriseForm } from "@/components/assisted/assisted-enterprise-form";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { listKecamatanOptions } from "@/lib/account-lifecycle/queries";
import { requireRoute } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Assisted.form");
  return { title: t("metaTitle") };
}

export default async function NewAssistedEnterprisePage() {
  await requireRoute("/staf/ikm/baru");
  const [t, kecamatan] = await Promise.all([getTranslations("Assisted.form"), listKecamatanOptions()]);
  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <Card className="max-w-xl">
          <AssistedEnterpriseForm kecamatan={kecamatan} />
        </Card>
        <p className="mt-6">
          <Link href="/staf/ikm" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("back")}
          </Link>
        </p>
      </PageBody>
    </>
  );
}
