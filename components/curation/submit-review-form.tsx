"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitForReviewAction } from "@/lib/curation/actions";

/** Sends a draft profile to the Disperin curation queue. */
export function SubmitReviewForm() {
  const t = useTranslations("CurationQueue.sme");
  const { state, formProps } = useFormAction(submitForReviewAction);
  return (
    <form {...formProps} className="space-y-3">
      <SubmitButton pendingLabel={t("sending")}>{t("submitForReview")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
