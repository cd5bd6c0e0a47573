"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitExportReadinessAction } from "@/lib/export-readiness/actions";
import {
  categoryMessageKey,
  type ExportReadinessQuestion,
  exportReadinessCategories,
  exportReadinessQuestions,
} from "@/lib/export-readiness/questionnaire";

type Answers = Partial<Record<string, string>>;

function Question({
  question,
  chosen,
  error,
}: {
  question: ExportReadinessQuestion;
  chosen: string | undefined;
  error: string | undefined;
}) {
  const t = useTranslations();
  const id = `q-${question.id}`;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium text-ink">{t(question.messageKey)}</legend>
      <div className="space-y-1.5">
        {question.options.map((option, index) => (
          <label
            key={option.id}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-white p-3 has-checked:border-brand-700 has-checked:bg-brand-50"
          >
            <input
              type="radio"
              name={question.id}
              value={option.id}
              defaultChecked={chosen === option.id}
              id={index === 0 ? `${id}-first` : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className="mt-1 size-4 shrink-0 accent-brand-700"
            />
            <span>{t(option.messageKey)}</span>
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** The whole questionnaire on one page, grouped by category; earlier answers pre-filled. */
export function QuestionnaireForm({ previous }: { previous: Answers | null }) {
  const t = useTranslations("ExportReadinessPages");
  const tAll = useTranslations();
  const { state, formProps, formRef, fieldError, value, formError } = useFormAction(submitExportReadinessAction);

  // Radios cannot carry aria-invalid, so focus goes to the first unanswered question here.
  useEffect(() => {
    const first = exportReadinessQuestions.find((question) => state.fieldErrors?.[question.id]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#q-${first.id}-first`)?.focus();
  }, [state, formRef]);
  return (
    <form {...formProps} className="space-y-8">
      {exportReadinessCategories.map((category) => (
        <fieldset key={category} className="space-y-5 rounded-lg border border-line bg-white p-4 sm:p-5">
          <legend className="px-1 text-xl font-bold text-brand-900">{tAll(categoryMessageKey(category) as "ExportReadiness.categories.commitment")}</legend>
          {exportReadinessQuestions
            .filter((question) => question.category === category)
            .map((question) => (
              <Question
                key={question.id}
                question={question}
                chosen={value(question.id) ?? previous?.[question.id]}
                error={fieldError(question.id)}
              />
            ))}
        </fieldset>
      ))}
      <div className="space-y-3">
        {formError && !state.message ? <FormAlert>{formError}</FormAlert> : null}
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
