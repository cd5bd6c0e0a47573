"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { answerRevisionAction } from "@/lib/curation/actions";
import { curationCommentMaxLength } from "@/lib/curation/schemas";
import { TextareaField } from "@/components/ui/textarea-field";

/** The SME's answer to a revision request; sending it resubmits the profile for curation. */
export function AnswerForm() {
  const t = useTranslations("CurationQueue.sme");
  const { state, formProps, fieldError, value, formError } = useFormAction(answerRevisionAction);
  return (
    <form {...formProps} className="space-y-4">
      <TextareaField
        id="revision-answer"
        name="body"
        label={t("answerLabel")}
        hint={t("answerHint")}
        required
        maxLength={curationCommentMaxLength}
        defaultValue={value("body")}
        error={fieldError("body")}
      />
      <div className="space-y-3">
        {formError && !state.message ? <FormAlert>{formError}</FormAlert> : null}
        <SubmitButton pendingLabel={t("sending")}>{t("answerSubmit")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
