import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/accounts/invite-form";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { listPartnerOrganizationOptions } from "@/lib/account-lifecycle/queries";
import { requireRoute } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Invitation");
  return { title: t("adminMetaTitle") };
}

export default async function InviteUserPage() {
  await requireRoute("/admin/undang");
  const [t, partnerOrganizations] = await Promise.all([getTranslations("Invitation"), listPartnerOrganizationOptions()]);
  return (
    <>
      <PageHeader title={t("adminHeading")} lead={t("adminLead")} />
      <PageBody>
        <Card className="max-w-xl">
          <InviteForm partnerOrganizations={partnerOrganizations} />
        </Card>
        <p className="mt-6">
          <Link href="/admin" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("backToUsers")}
          </Link>
        </p>
      </PageBody>
    </>
  );
}
