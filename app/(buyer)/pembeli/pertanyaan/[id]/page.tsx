import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InquiryThreadView } from "@/components/inquiries/thread-view";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { closeAsBuyerAction, replyAsBuyerAction } from "@/lib/inquiries/actions";
import { getInquiryThread } from "@/lib/inquiries/queries";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Inquiries.thread");
  return { title: t("metaTitle") };
}

export default async function BuyerInquiryPage({ params, searchParams }: PageProps) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireRoute("/pembeli/pertanyaan/[id]", `/pembeli/pertanyaan/${encodeURIComponent(id)}`);
  if (!user.buyerOrganizationId || !isRecordId(id)) notFound();
  const thread = await getInquiryThread({ side: "BUYER", buyerId: user.buyerOrganizationId }, id);
  if (!thread) notFound();
  return (
    <InquiryThreadView side="BUYER" thread={thread} replyAction={replyAsBuyerAction} closeAction={closeAsBuyerAction} backHref="/pembeli/pertanyaan" justSent={query.baru === "1"} />
  );
}
