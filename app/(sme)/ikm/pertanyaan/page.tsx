import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InquiryListView } from "@/components/inquiries/list-view";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { listInquiries } from "@/lib/inquiries/queries";
import { parseStatusFilter } from "@/lib/inquiries/schemas";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Inquiries.pages.sme");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SmeInquiriesPage({ searchParams }: PageProps) {
  const user = await requireRoute("/ikm/pertanyaan");
  const query = await searchParams;
  if (!user.enterpriseId) {
    const t = await getTranslations("Inquiries");
    return (
      <>
        <PageHeader title={t("pages.sme.heading")} />
        <PageBody>
          <EmptyState title={t("pages.sme.heading")} text={t("errors.noEnterprise")} />
        </PageBody>
      </>
    );
  }
  const filter = parseStatusFilter(query.status);
  const list = await listInquiries({ side: "SME", enterpriseId: user.enterpriseId }, { page: parsePage(query.page), filter });
  if (list.page > list.pageCount) notFound();
  return <InquiryListView side="SME" list={list} filter={filter} pathname="/ikm/pertanyaan" />;
}
