"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { useMessageText } from "@/components/forms/use-message-text";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitForReviewAction } from "@/lib/curation/actions";

/**
 * Sends a draft profile to the Disperin curation queue. Refused, as the wizard's finish is, while
 * a required part is missing: the refusal names each part.
 */
export function SubmitReviewForm() {
  const t = useTranslations("CurationQueue.sme");
  const text = useMessageText();
  const { state, formProps } = useFormAction(submitForReviewAction);
  const missing = state.ok ? [] : (state.fieldErrors?.missing ?? []);
  return (
    <form {...formProps} className="space-y-3">
      <SubmitButton pendingLabel={t("sending")}>{t("submitForReview")}</SubmitButton>
      {missing.length > 0 ? (
        <FormAlert>
          {text(state.message)} {missing.map((key) => text(key)).join(", ")}
        </FormAlert>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
