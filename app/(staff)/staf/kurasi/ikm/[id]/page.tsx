import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isRecordId } from "@/lib/http/record-id";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangesDecisionForm } from "@/components/curation/changes-decision-form";
import { CommentThread } from "@/components/curation/comment-thread";
import { EnterpriseFacts } from "@/components/curation/enterprise-facts";
import { PendingChanges } from "@/components/curation/pending-changes";
import { ReviewForm } from "@/components/curation/review-form";
import { ReviewHistory } from "@/components/curation/review-history";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import { Card } from "@/components/ui/card";
import { requireRoute } from "@/lib/auth/session";
import { getPendingChangeForCuration } from "@/lib/curation/change-queries";
import { getCurationHistory, getEnterpriseForCuration } from "@/lib/curation/queries";
import { reviewableStatuses } from "@/lib/curation/mutations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CurationQueue.detail");
  return { title: t("metaTitle") };
}

export default async function CurationReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRoute("/staf/kurasi/ikm/[id]", `/staf/kurasi/ikm/${id}`);
  if (!isRecordId(id)) notFound();
  const enterprise = await getEnterpriseForCuration(id);
  if (!enterprise) notFound();
  const [t, tChanges, locale, history, pending] = await Promise.all([
    getTranslations("CurationQueue.detail"),
    getTranslations("CurationQueue.changes"),
    getLocale(),
    getCurationHistory(id),
    getPendingChangeForCuration(id),
  ]);
  const name = enterprise.brandName ?? enterprise.legalName;
  const now = new Date();

  return (
    <>
      <PageHeader title={name} lead={t("lead")}>
        <div className="flex flex-wrap items-center gap-2">
          <CurationStatusBadge status={enterprise.status} />
          <VerifiedBadge status={enterprise.status} verifiedAt={enterprise.verifiedAt} />
          {enterprise.curationGrade ? <span className="font-semibold text-brand-900">{t("grade", { grade: enterprise.curationGrade })}</span> : null}
        </div>
        <p className="mt-4">
          <Link href="/staf/kurasi" className="font-semibold text-brand-800 underline">
            {t("back")}
          </Link>
        </p>
      </PageHeader>
      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
          <div className="space-y-8">
            {pending ? (
              <Card as="section" aria-labelledby="changes-heading">
                <h2 id="changes-heading" className="mb-2 text-xl font-bold text-brand-900">
                  {tChanges("heading")}
                </h2>
                <p className="mb-4 text-muted">{tChanges("lead")}</p>
                <PendingChanges pending={pending} locale={locale} />
              </Card>
            ) : null}
            <Card as="section" aria-labelledby="facts-heading">
              <h2 id="facts-heading" className="mb-4 text-xl font-bold text-brand-900">
                {t("factsHeading")}
              </h2>
              <EnterpriseFacts enterprise={enterprise} locale={locale} now={now} />
            </Card>
            <section aria-labelledby="history-heading">
              <h2 id="history-heading" className="mb-4 text-xl font-bold text-brand-900">
                {t("historyHeading")}
              </h2>
              <ReviewHistory reviews={history.reviews} locale={locale} />
            </section>
            <section aria-labelledby="thread-heading">
              <h2 id="thread-heading" className="mb-4 text-xl font-bold text-brand-900">
                {t("threadHeading")}
              </h2>
              <CommentThread thread={history.thread} locale={locale} enterpriseName={name} />
            </section>
          </div>
          <Card as="section" aria-labelledby="review-heading" className="self-start">
            <h2 id="review-heading" className="mb-4 text-xl font-bold text-brand-900">
              {t("reviewHeading")}
            </h2>
            {reviewableStatuses.includes(enterprise.status) ? (
              <ReviewForm kind="enterprise" id={enterprise.id} version={enterprise.version} />
            ) : enterprise.status === "PUBLISHED" ? (
              <ChangesDecisionForm enterpriseId={enterprise.id} version={enterprise.version} pending={pending !== null} idleText={t("notReviewable")} />
            ) : (
              <p className="text-muted">{t("notReviewable")}</p>
            )}
          </Card>
        </div>
      </PageBody>
    </>
  );
}
