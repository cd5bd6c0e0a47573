import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsortiumExplanation, ConsortiumMembers } from "@/components/consortia/consortium-members";
import { EditConsortiumForm } from "@/components/consortia/edit-consortium-form";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { requireRoute } from "@/lib/auth/session";
import { consortiumForEdit } from "@/lib/consortia/queries";
import { isRecordId } from "@/lib/http/record-id";
import { enterpriseName } from "@/lib/matching/engine/stored";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Matching.consortium.board");
  return { title: t("editHeading") };
}

type PageProps = { params: Promise<{ id: string }> };

export default async function EditConsortiumPage({ params }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/pencocokan/konsorsium/[id]", `/staf/pencocokan/konsorsium/${encodeURIComponent(id)}`);
  if (!isRecordId(id)) notFound();
  const [t, found] = await Promise.all([getTranslations("Matching.consortium.board"), consortiumForEdit(id)]);
  if (!found) notFound();
  const { consortium, candidates } = found;
  const listed = new Set(candidates.map((candidate) => candidate.id));
  const options = [
    // Members no longer eligible still show, so staff can untick them.
    ...consortium.members.filter((member) => !listed.has(member.enterpriseId)).map((member) => ({ id: member.enterpriseId, name: enterpriseName(member.enterprise), capacity: member.capacity, pairScore: member.pairScore })),
    ...candidates.map((candidate) => ({ id: candidate.id, name: enterpriseName(candidate.enterprise), capacity: candidate.capacity, pairScore: candidate.pairScore })),
  ];
  return (
    <>
      <PageHeader title={t("editHeading")} lead={t("demand", { buyer: consortium.buyer.name, quantity: consortium.quantityPerMonth, unit: consortium.unit })} />
      <PageBody>
        <div className="space-y-6">
          <p className="text-sm text-muted">{t("capacity", { capacity: consortium.combinedCapacity, unit: consortium.unit })}</p>
          <ConsortiumExplanation consortium={consortium} />
          <ConsortiumMembers consortium={consortium} answers={consortium.status === "APPROVED"} />
          {consortium.meetingRequest ? null : (
            <>
              <p>{t("editLead")}</p>
              <EditConsortiumForm consortiumId={consortium.id} unit={consortium.unit} candidates={options} members={consortium.members.map((member) => member.enterpriseId)} leadId={consortium.leadEnterpriseId} />
            </>
          )}
          <p>
            <Link href="/staf/pencocokan" className="font-semibold text-brand-800 underline">
              {t("back")}
            </Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
