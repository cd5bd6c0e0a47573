import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OwnConsortia } from "@/components/consortia/own-consortia";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { requireRoute } from "@/lib/auth/session";
import { buyerAnswerConsortiumAction } from "@/lib/consortia/actions";
import { listBuyerConsortia } from "@/lib/consortia/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Matching.consortium.own");
  return { title: t("metaTitle") };
}

export default async function BuyerConsortiaPage() {
  const user = await requireRoute("/pembeli/konsorsium");
  if (!user.buyerOrganizationId) redirect("/pembeli");
  const [t, consortia] = await Promise.all([getTranslations("Matching.consortium.own"), listBuyerConsortia(user.buyerOrganizationId)]);
  return (
    <>
      <PageHeader title={t("heading")} lead={t("buyerLead")} />
      <PageBody>
        <OwnConsortia consortia={consortia} side="buyer" respond={buyerAnswerConsortiumAction} />
      </PageBody>
    </>
  );
}
