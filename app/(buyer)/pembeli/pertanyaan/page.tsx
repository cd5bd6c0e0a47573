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
  const t = await getTranslations("Inquiries.pages.buyer");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BuyerInquiriesPage({ searchParams }: PageProps) {
  const user = await requireRoute("/pembeli/pertanyaan");
  const query = await searchParams;
  if (!user.buyerOrganizationId) {
    const t = await getTranslations("Inquiries");
    return (
      <>
        <PageHeader title={t("pages.buyer.heading")} />
        <PageBody>
          <EmptyState title={t("pages.buyer.heading")} text={t("errors.noOrganization")} />
        </PageBody>
      </>
    );
  }
  const filter = parseStatusFilter(query.status);
  const list = await listInquiries({ side: "BUYER", buyerId: user.buyerOrganizationId }, { page: parsePage(query.page), filter });
  if (list.page > list.pageCount) notFound();
  return <InquiryListView side="BUYER" list={list} filter={filter} pathname="/pembeli/pertanyaan" />;
}
