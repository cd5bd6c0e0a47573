import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InquiryThreadView } from "@/components/inquiries/thread-view";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { closeAsSmeAction, replyAsSmeAction } from "@/lib/inquiries/actions";
import { getInquiryThread } from "@/lib/inquiries/queries";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Inquiries.thread");
  return { title: t("metaTitle") };
}

export default async function SmeInquiryPage({ params }: PageProps) {
  const { id } = await params;
  const user = await requireRoute("/ikm/pertanyaan/[id]", `/ikm/pertanyaan/${encodeURIComponent(id)}`);
  if (!user.enterpriseId || !isRecordId(id)) notFound();
  const thread = await getInquiryThread({ side: "SME", enterpriseId: user.enterpriseId }, id);
  if (!thread) notFound();
  return <InquiryThreadView side="SME" thread={thread} replyAction={replyAsSmeAction} closeAction={closeAsSmeAction} backHref="/ikm/pertanyaan" />;
}
