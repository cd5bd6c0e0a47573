import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OwnConsortia } from "@/components/consortia/own-consortia";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { requireRoute } from "@/lib/auth/session";
import { smeAnswerConsortiumAction } from "@/lib/consortia/actions";
import { listSmeConsortia } from "@/lib/consortia/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Matching.consortium.own");
  return { title: t("metaTitle") };
}

export default async function SmeConsortiaPage() {
  const user = await requireRoute("/ikm/konsorsium");
  if (!user.enterpriseId) redirect("/ikm");
  const [t, consortia] = await Promise.all([getTranslations("Matching.consortium.own"), listSmeConsortia(user.enterpriseId)]);
  return (
    <>
      <PageHeader title={t("heading")} lead={t("smeLead")} />
      <PageBody>
        <OwnConsortia consortia={consortia} side="sme" enterpriseId={user.enterpriseId} respond={smeAnswerConsortiumAction} />
      </PageBody>
    </>
  );
}
