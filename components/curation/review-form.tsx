"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { useMessageText } from "@/components/forms/use-message-text";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { reviewEnterpriseAction } from "@/lib/curation/actions";
import { reviewProductAction } from "@/lib/curation/product-actions";
import { criterionMessageKeys, curationCriteria } from "@/lib/curation/rubric";
import { curationCommentMaxLength, curationDecisions } from "@/lib/curation/schemas";
import { TextareaField } from "@/components/ui/textarea-field";

const decisionKeys = {
  PUBLISH: "publish",
  REQUEST_REVISION: "requestRevision",
  REJECT: "reject",
} as const;

const radioClass = "mt-1 size-5 shrink-0 accent-brand-700";
const optionClass = "flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-white p-3 has-checked:border-brand-600 has-checked:bg-brand-50";

/** What is reviewed: the action, the field naming it, and where the decision hints come from. */
const subjects = {
  enterprise: { action: reviewEnterpriseAction, idField: "enterpriseId", hints: "CurationQueue.review.decisions" },
  product: { action: reviewProductAction, idField: "productId", hints: "ProductCuration.review.decisions" },
} as const;

export type ReviewSubject = keyof typeof subjects;

/**
 * The rubric (four criteria, 0–3 each), the decision and the comment the SME will see, for an
 * enterprise profile or a product: the same rubric, a different action. An enterprise review
 * names the version of the profile the reviewer saw.
 */
export function ReviewForm({ kind, id: subjectId, version }: { kind: ReviewSubject; id: string; version?: number }) {
  const t = useTranslations("CurationQueue.review");
  const text = useMessageText();
  const subject = subjects[kind];
  const { state, formProps, fieldError, value, formError } = useFormAction(subject.action);

  return (
    <form {...formProps} className="space-y-6">
      <input type="hidden" name={subject.idField} value={subjectId} />
      {/* The version of the profile on screen: publishing a later edit nobody reviewed is refused. */}
      {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
      {curationCriteria.map((criterion) => {
        const keys = criterionMessageKeys(criterion);
        const error = fieldError(criterion);
        const id = `score-${criterion}`;
        return (
          <fieldset key={criterion} aria-describedby={error ? `${id}-error` : undefined} className="space-y-2">
            <legend className="mb-2 font-semibold text-ink">{text(keys.label)}</legend>
            {keys.levels.map((levelKey, level) => (
              <label key={levelKey} className={optionClass}>
                <input
                  type="radio"
                  name={criterion}
                  value={String(level)}
                  defaultChecked={value(criterion) === String(level)}
                  className={radioClass}
                />
                <span>
                  <span className="font-semibold tabular-nums">{t("level", { level })}</span> {text(levelKey)}
                </span>
              </label>
            ))}
            <FieldError id={id} error={error} />
          </fieldset>
        );
      })}

      <fieldset aria-describedby={fieldError("decision") ? "decision-error" : undefined} className="space-y-2">
        <legend className="mb-2 font-semibold text-ink">{t("decision")}</legend>
        {curationDecisions.map((decision) => (
          <label key={decision} className={optionClass}>
            <input
              type="radio"
              name="decision"
              value={decision}
              defaultChecked={value("decision") === decision}
              className={radioClass}
            />
            <span>
              <span className="font-semibold">{t(`decisions.${decisionKeys[decision]}.label`)}</span>
              <span className="block text-sm text-muted">{text(`${subject.hints}.${decisionKeys[decision]}.hint`)}</span>
            </span>
          </label>
        ))}
        <FieldError id="decision" error={fieldError("decision")} />
      </fieldset>

      <TextareaField
        id="review-comment"
        name="comment"
        label={t("comment")}
        hint={t("commentHint")}
        maxLength={curationCommentMaxLength}
        defaultValue={value("comment")}
        error={fieldError("comment")}
      />

      <div className="space-y-3">
        {formError && !state.message ? <FormAlert>{formError}</FormAlert> : null}
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
