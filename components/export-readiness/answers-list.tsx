import { useTranslations } from "next-intl";
import {
  categoryMessageKey,
  type ExportReadinessAnswers,
  exportReadinessCategories,
  exportReadinessQuestions,
} from "@/lib/export-readiness/questionnaire";

/** Each question with the option the SME chose, grouped by category. */
export function AnswersList({ answers }: { answers: ExportReadinessAnswers }) {
  const t = useTranslations();
  return (
    <div className="space-y-6">
      {exportReadinessCategories.map((category) => (
        <section key={category} aria-labelledby={`answers-${category}`}>
          <h3 id={`answers-${category}`} className="text-lg font-semibold text-brand-900">
            {t(categoryMessageKey(category) as "ExportReadiness.categories.commitment")}
          </h3>
          <dl className="mt-2 divide-y divide-line">
            {exportReadinessQuestions
              .filter((question) => question.category === category)
              .map((question) => {
                const chosen: string = answers[question.id];
                const option = question.options.find((candidate) => candidate.id === chosen);
                return (
                  <div key={question.id} className="py-3">
                    <dt className="text-muted">{t(question.messageKey)}</dt>
                    <dd className="mt-1 font-medium text-ink">{option ? t(option.messageKey) : chosen}</dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </div>
  );
}
