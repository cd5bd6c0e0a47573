import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { OwnMatches } from "@/components/matching/own-matches";
import { requireRoute } from "@/lib/auth/session";
import { buyerRespondAction } from "@/lib/matching/actions";
import { listOwnMatches } from "@/lib/matching/queries";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Matching.own.buyer");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function BuyerMatchesPage({ searchParams }: PageProps) {
  const user = await requireRoute("/pembeli/pasangan");
  if (!user.buyerOrganizationId) redirect("/pembeli");
  const [t, query] = await Promise.all([getTranslations("Matching.own.buyer"), searchParams]);
  const page = parsePage(query.page);
  const matches = await listOwnMatches("buyer", user.buyerOrganizationId, page);
  if (page > matches.pageCount) notFound();
  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <OwnMatches matches={matches} side="buyer" pathname="/pembeli/pasangan" respond={buyerRespondAction} />
      </PageBody>
    </>
  );
}
