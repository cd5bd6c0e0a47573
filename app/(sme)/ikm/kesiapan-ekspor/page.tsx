import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswersHistory } from "@/components/export-readiness/answers-history";
import { QuestionnaireForm } from "@/components/export-readiness/questionnaire-form";
import { ReadinessResult } from "@/components/export-readiness/readiness-result";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { getOwnReadiness } from "@/lib/export-readiness/queries";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ExportReadinessPages");
  return { title: t("smeMetaTitle") };
}

export default async function SmeExportReadinessPage() {
  const user = await requireRoute("/ikm/kesiapan-ekspor");
  const t = await getTranslations("ExportReadinessPages");

  if (!user.enterpriseId) {
    const site = siteConfig();
    return (
      <>
        <PageHeader title={t("smeHeading")} lead={t("smeLead")} />
        <PageBody>
          <EmptyState title={t("noEnterpriseTitle")} text={t("noEnterpriseText", { office: site.officeName, phone: site.phone })} />
        </PageBody>
      </>
    );
  }

  const [locale, { latest, history, verifiedInEffect }, tEnums] = await Promise.all([
    getLocale(),
    getOwnReadiness(user.enterpriseId),
    getTranslations("Enums.exportReadinessTier"),
  ]);

  return (
    <>
      <PageHeader title={t("smeHeading")} lead={t("smeLead")} />
      <PageBody>
        <div className="space-y-10">
          {verifiedInEffect ? (
            <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
              {t("pendingVerification", { tier: tEnums(verifiedInEffect) })}
            </p>
          ) : null}
          {latest ? (
            <ReadinessResult {...latest} headingId="result-heading" />
          ) : (
            <EmptyState title={t("firstTitle")} text={t("firstText")} />
          )}
          <section aria-labelledby="questionnaire-heading">
            <h2 id="questionnaire-heading" className="text-2xl font-bold text-brand-900">
              {latest ? t("retakeHeading") : t("questionnaireHeading")}
            </h2>
            <p className="mt-1 mb-5 text-muted">{t("questionnaireLead")}</p>
            <QuestionnaireForm previous={latest?.answers ?? null} />
          </section>
          {history.length > 0 ? <AnswersHistory rows={history} locale={locale} /> : null}
        </div>
      </PageBody>
    </>
  );
}
