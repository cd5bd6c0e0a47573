"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { useMessageText } from "@/components/forms/use-message-text";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/auth/action";

/** "Selesai dan ajukan kurasi": a refusal names every required part still missing. */
export function FinishForm({ action }: { action: FormAction }) {
  const t = useTranslations("EnterpriseProfile.finish");
  const text = useMessageText();
  const { state, pending, formProps } = useFormAction(action);
  const missing = state.ok ? [] : (state.fieldErrors?.missing ?? []);
  return (
    <form {...formProps} className="space-y-3">
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
      {missing.length > 0 ? (
        <FormAlert>
          {text(state.message)}{" "}
          {missing.map((key) => text(key)).join(", ")}
        </FormAlert>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
