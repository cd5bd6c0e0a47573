import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isRecordId } from "@/lib/http/record-id";
import { getTranslations } from "next-intl/server";
import { AnswersList } from "@/components/export-readiness/answers-list";
import { ReadinessResult } from "@/components/export-readiness/readiness-result";
import { VerifyForm } from "@/components/export-readiness/verify-form";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireRoute } from "@/lib/auth/session";
import { getAssessmentForStaff } from "@/lib/export-readiness/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ExportReadinessPages");
  return { title: t("detailMetaTitle") };
}

type DetailProps = { params: Promise<{ id: string }> };

export default async function StaffExportReadinessDetailPage({ params }: DetailProps) {
  const { id } = await params;
  await requireRoute("/staf/kesiapan-ekspor/[id]", `/staf/kesiapan-ekspor/${id}`);
  if (!isRecordId(id)) notFound();
  const [t, assessment] = await Promise.all([getTranslations("ExportReadinessPages"), getAssessmentForStaff(id)]);
  if (!assessment) notFound();

  return (
    <>
      <PageHeader title={t("detailHeading", { name: assessment.enterpriseName })} lead={t("detailLead")}>
        <Link href="/staf/kesiapan-ekspor" className="font-semibold text-brand-800 underline">
          {t("backToList")}
        </Link>
      </PageHeader>
      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-8">
            <ReadinessResult {...assessment} headingId="result-heading" />
            <Card as="section" aria-labelledby="answers-heading">
              <h2 id="answers-heading" className="mb-4 text-2xl font-bold text-brand-900">
                {t("answersHeading")}
              </h2>
              {assessment.answers ? <AnswersList answers={assessment.answers} /> : <p className="text-muted">{t("answersOutdated")}</p>}
            </Card>
          </div>
          <Card as="section" aria-labelledby="verify-heading" className="h-fit">
            <h2 id="verify-heading" className="text-xl font-bold text-brand-900">
              {t("verifyHeading")}
            </h2>
            <p className="mt-1 mb-4 text-muted">{assessment.verifiedByName ? t("verifiedBy", { name: assessment.verifiedByName }) : t("verifyLead")}</p>
            <VerifyForm assessmentId={assessment.id} tier={assessment.verifiedTier ?? assessment.tier} note={assessment.verifiedNote} />
          </Card>
        </div>
      </PageBody>
    </>
  );
}
