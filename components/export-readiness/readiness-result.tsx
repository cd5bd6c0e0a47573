import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ExportReadinessAnswers } from "@/lib/export-readiness/questionnaire";
import { scoreExportReadiness } from "@/lib/export-readiness/score";
import type { ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { MessageRefList } from "./message-refs";
import { TierBadge } from "./tier-badge";

export type ReadinessResultProps = {
  score: number;
  tier: ExportReadinessTier;
  answers: ExportReadinessAnswers | null;
  createdAt: Date;
  verifiedTier: ExportReadinessTier | null;
  verifiedNote: string | null;
  verifiedAt: Date | null;
  /** Heading level of the card's title. */
  headingId: string;
};

/**
 * The score, the self-assessed tier, the reasons and next steps (recomputed from the stored
 * answers by the pure scoring), and staff's verification when there is one.
 */
export function ReadinessResult({ score, tier, answers, createdAt, verifiedTier, verifiedNote, verifiedAt, headingId }: ReadinessResultProps) {
  const t = useTranslations("ExportReadinessPages");
  const tReadiness = useTranslations("ExportReadiness");
  const locale = useLocale();
  const result = answers ? scoreExportReadiness(answers) : null;
  return (
    <Card as="section" aria-labelledby={headingId} className="space-y-5">
      <div>
        <h2 id={headingId} className="text-2xl font-bold text-brand-900">
          {t("resultHeading")}
        </h2>
        <p className="text-muted">{t("submittedOn", { date: formatDate(createdAt, locale) })}</p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-muted">{t("score")}</dt>
          <dd className="text-3xl font-bold text-brand-900 tabular-nums">{t("scoreValue", { score: formatNumber(score, locale) })}</dd>
        </div>
        <div>
          <dt className="text-muted">{tReadiness("selfAssessed")}</dt>
          <dd className="mt-1">
            <TierBadge tier={tier} />
          </dd>
        </div>
        <div>
          <dt className="text-muted">{tReadiness("verified")}</dt>
          <dd className="mt-1">{verifiedTier ? <TierBadge tier={verifiedTier} /> : <span>{t("notVerified")}</span>}</dd>
        </div>
      </dl>
      {verifiedTier && verifiedAt ? (
        <div className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          <h3 className="font-semibold text-brand-900">{t("verificationHeading")}</h3>
          <p className="text-sm text-muted">{t("verifiedOn", { date: formatDate(verifiedAt, locale) })}</p>
          <p className="mt-2 whitespace-pre-line">{verifiedNote ?? t("noNote")}</p>
        </div>
      ) : null}
      {result ? (
        <>
          <section aria-labelledby={`${headingId}-reasons`}>
            <h3 id={`${headingId}-reasons`} className="text-lg font-semibold text-ink">
              {t("reasonsHeading")}
            </h3>
            <div className="mt-2">
              <MessageRefList refs={result.reasons} />
            </div>
          </section>
          <section aria-labelledby={`${headingId}-steps`}>
            <h3 id={`${headingId}-steps`} className="text-lg font-semibold text-ink">
              {t("nextStepsHeading")}
            </h3>
            <div className="mt-2">
              <MessageRefList refs={result.nextSteps} ordered />
            </div>
          </section>
        </>
      ) : (
        <p className="text-muted">{t("answersOutdated")}</p>
      )}
    </Card>
  );
}
