import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InquiryListView } from "@/components/inquiries/list-view";
import { requireRoute } from "@/lib/auth/session";
import { listInquiries } from "@/lib/inquiries/queries";
import { parseStatusFilter } from "@/lib/inquiries/schemas";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Inquiries.pages.staff");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffInquiriesPage({ searchParams }: PageProps) {
  await requireRoute("/staf/pertanyaan");
  const query = await searchParams;
  const filter = parseStatusFilter(query.status);
  const list = await listInquiries({ side: "STAFF" }, { page: parsePage(query.page), filter });
  if (list.page > list.pageCount) notFound();
  return <InquiryListView side="STAFF" list={list} filter={filter} pathname="/staf/pertanyaan" />;
}
