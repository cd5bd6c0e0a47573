import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/curation/answer-form";
import { CommentThread } from "@/components/curation/comment-thread";
import { SubmitReviewForm } from "@/components/curation/submit-review-form";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { DefinitionList } from "@/components/layout/definition-list";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { getCurationHistory, getOwnCurationStatus } from "@/lib/curation/queries";
import { maxCurationTotal } from "@/lib/curation/rubric";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CurationQueue.sme");
  return { title: t("metaTitle") };
}

export default async function SmeCurationPage() {
  const user = await requireRoute("/ikm/kurasi");
  const [t, locale, enterprise] = await Promise.all([getTranslations("CurationQueue.sme"), getLocale(), getOwnCurationStatus(user.id)]);

  if (!enterprise) {
    return (
      <>
        <PageHeader title={t("heading")} lead={t("lead")} />
        <PageBody>
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        </PageBody>
      </>
    );
  }

  const history = await getCurationHistory(enterprise.id);
  const latest = history.reviews[0];
  const name = enterprise.brandName ?? enterprise.legalName;

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="space-y-8">
          <Card as="section" aria-labelledby="status-heading">
            <h2 id="status-heading" className="text-xl font-bold text-brand-900">
              {name}
            </h2>
            <div className="mt-4">
              <DefinitionList
                items={[
                  {
                    term: t("status"),
                    detail: (
                      <span className="flex flex-wrap items-center gap-2">
                        <CurationStatusBadge status={enterprise.status} />
                        <VerifiedBadge status={enterprise.status} verifiedAt={enterprise.verifiedAt} />
                      </span>
                    ),
                  },
                  {
                    term: t("latestGrade"),
                    detail: latest
                      ? t("gradeValue", { grade: latest.grade, total: latest.total, max: maxCurationTotal, date: formatDate(latest.createdAt, locale) })
                      : t("notReviewed"),
                  },
                ]}
              />
            </div>
            <p className="mt-4 text-muted">{t(`explain.${enterprise.status}`)}</p>
            {enterprise.status === "DRAFT" ? (
              <div className="mt-4">
                <SubmitReviewForm />
              </div>
            ) : null}
          </Card>

          <section aria-labelledby="thread-heading">
            <h2 id="thread-heading" className="mb-4 text-xl font-bold text-brand-900">
              {t("threadHeading")}
            </h2>
            <CommentThread thread={history.thread} locale={locale} enterpriseName={name} />
          </section>

          {enterprise.status === "REVISION_REQUESTED" ? (
            <Card as="section" aria-labelledby="answer-heading">
              <h2 id="answer-heading" className="mb-4 text-xl font-bold text-brand-900">
                {t("answerHeading")}
              </h2>
              <AnswerForm />
            </Card>
          ) : null}
        </div>
      </PageBody>
    </>
  );
}
