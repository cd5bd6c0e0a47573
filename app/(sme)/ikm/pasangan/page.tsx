import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { OwnMatches } from "@/components/matching/own-matches";
import { requireRoute } from "@/lib/auth/session";
import { smeRespondAction } from "@/lib/matching/actions";
import { listOwnMatches } from "@/lib/matching/queries";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Matching.own.sme");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function SmeMatchesPage({ searchParams }: PageProps) {
  const user = await requireRoute("/ikm/pasangan");
  if (!user.enterpriseId) redirect("/ikm");
  const [t, query] = await Promise.all([getTranslations("Matching.own.sme"), searchParams]);
  const page = parsePage(query.page);
  const matches = await listOwnMatches("sme", user.enterpriseId, page);
  if (page > matches.pageCount) notFound();
  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <OwnMatches matches={matches} side="sme" pathname="/ikm/pasangan" respond={smeRespondAction} />
      </PageBody>
    </>
  );
}
