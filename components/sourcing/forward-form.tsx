"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { forwardRequestAction } from "@/lib/sourcing/actions";

export type ForwardChoice = { id: string; name: string; detail: string; forwarded: boolean };

/** Staff tick the SMEs found by name and forward the request to them. */
export function ForwardForm({ requestId, choices }: { requestId: string; choices: ForwardChoice[] }) {
  const t = useTranslations("Sourcing.forward");
  const { state, pending, formProps, fieldError, formError } = useFormAction(forwardRequestAction);
  const error = fieldError("enterpriseIds");
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="requestId" value={requestId} />
      <fieldset className="space-y-2" aria-describedby={error ? "forward-choices-error" : undefined}>
        <legend className="font-medium text-ink">{t("choose")}</legend>
        <ul className="space-y-1">
          {choices.map((choice) => (
            <li key={choice.id}>
              <label className="flex min-h-11 items-start gap-3 py-1">
                <input type="checkbox" name="enterpriseIds" value={choice.id} disabled={choice.forwarded} className="mt-1 size-5" />
                <span>
                  <span className="font-medium">{choice.name}</span>
                  <span className="block text-sm text-muted">
                    {choice.detail}
                    {choice.forwarded ? ` · ${t("alreadyForwarded")}` : ""}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="forward-choices" error={error} />
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {t("submit")}
      </SubmitButton>
      {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
    </form>
  );
}
