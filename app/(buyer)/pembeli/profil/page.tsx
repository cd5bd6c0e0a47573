import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BuyerProfileForm } from "@/components/buyers/buyer-profile-form";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buyerCountryOptions } from "@/lib/reference/countries";
import { requireRoute } from "@/lib/auth/session";
import { getBuyerProfile } from "@/lib/buyers/profile-queries";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BuyerProfile");
  return { title: t("metaTitle") };
}

export default async function BuyerProfilePage() {
  const user = await requireRoute("/pembeli/profil");
  const [t, tBuyer, locale] = await Promise.all([getTranslations("BuyerProfile"), getTranslations("Buyer"), getLocale()]);
  const profile = user.buyerOrganizationId ? await getBuyerProfile(user.buyerOrganizationId) : null;
  const site = siteConfig();

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="max-w-3xl space-y-6">
          {profile ? (
            <BuyerProfileForm
              countries={buyerCountryOptions(locale)}
              initial={{
                name: profile.name,
                kind: profile.kind,
                country: profile.country,
                city: profile.city,
                description: profile.description ?? "",
                website: profile.website ?? "",
                purchaseVolumeBand: profile.purchaseVolumeBand ?? "",
                requiredCertificates: profile.requiredCertificates,
                exportDestinations: profile.exportDestinations,
                sourcingKbli: profile.sourcingKbli.map((row) => row.kbli),
              }}
            />
          ) : (
            <EmptyState title={tBuyer("emptyTitle")} text={tBuyer("emptyText", { office: site.officeName, phone: site.phone, email: site.email })} />
          )}
          <p>
            <Link href="/pembeli" className="font-semibold text-brand-800 underline">
              {t("backHome")}
            </Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
