import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InquiryThreadView } from "@/components/inquiries/thread-view";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { closeAsStaffAction, replyAsStaffAction } from "@/lib/inquiries/actions";
import { getInquiryThread } from "@/lib/inquiries/queries";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Inquiries.thread");
  return { title: t("metaTitle") };
}

export default async function StaffInquiryPage({ params }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/pertanyaan/[id]", `/staf/pertanyaan/${encodeURIComponent(id)}`);
  if (!isRecordId(id)) notFound();
  const thread = await getInquiryThread({ side: "STAFF" }, id);
  if (!thread) notFound();
  return <InquiryThreadView side="STAFF" thread={thread} replyAction={replyAsStaffAction} closeAction={closeAsStaffAction} backHref="/staf/pertanyaan" />;
}
