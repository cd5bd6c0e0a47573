"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { decideEnterpriseChangesAction } from "@/lib/curation/change-actions";
import { changeDecisions, curationCommentMaxLength } from "@/lib/curation/schemas";
import { TextareaField } from "@/components/ui/textarea-field";

const radioClass = "mt-1 size-5 shrink-0 accent-brand-700";
const optionClass = "flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-white p-3 has-checked:border-brand-600 has-checked:bg-brand-50";
const labels = { APPROVE: "approve", REJECT: "reject" } as const;

/**
 * Approve or reject the pending changes of a published enterprise, naming the version shown.
 * It stays mounted on a published profile with nothing pending (showing idleText), so the
 * outcome of the decision that emptied it remains on screen.
 */
export function ChangesDecisionForm({ enterpriseId, version, pending, idleText }: { enterpriseId: string; version: number; pending: boolean; idleText: string }) {
  const t = useTranslations("CurationQueue.changes");
  const { state, formProps, fieldError, value, formError } = useFormAction(decideEnterpriseChangesAction);
  if (!pending) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <p className="text-muted">{idleText}</p>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-6">
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <input type="hidden" name="version" value={String(version)} />
      <fieldset aria-describedby={fieldError("decision") ? "changes-decision-error" : undefined} className="space-y-2">
        <legend className="mb-2 font-semibold text-ink">{t("decision")}</legend>
        {changeDecisions.map((decision) => (
          <label key={decision} className={optionClass}>
            <input type="radio" name="decision" value={decision} defaultChecked={value("decision") === decision} className={radioClass} />
            <span>
              <span className="font-semibold">{t(labels[decision])}</span>
              <span className="block text-sm text-muted">{t(`${labels[decision]}Hint`)}</span>
            </span>
          </label>
        ))}
        <FieldError id="changes-decision" error={fieldError("decision")} />
      </fieldset>
      <TextareaField
        id="changes-note"
        name="note"
        label={t("note")}
        hint={t("noteHint")}
        maxLength={curationCommentMaxLength}
        defaultValue={value("note")}
        error={fieldError("note")}
      />
      <div className="space-y-3">
        {formError && !state.message ? <FormAlert>{formError}</FormAlert> : null}
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
