"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { resendTakeoverInvitationAction } from "@/lib/assisted/actions";

/** Sends the owner's takeover email again; shown only while the account waits for takeover. */
export function ResendInvitationButton({ enterpriseId, enterpriseName }: { enterpriseId: string; enterpriseName: string }) {
  const t = useTranslations("Assisted.list");
  const { state, pending, formProps, formError } = useFormAction(resendTakeoverInvitationAction);
  return (
    <form {...formProps} aria-label={t("resendName", { enterprise: enterpriseName })} className="space-y-2">
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      <SubmitButton variant="secondary" size="sm" pending={pending} pendingLabel={t("resending")}>
        {t("resend")}
      </SubmitButton>
      {state.ok ? (
        <p role="status" className="text-sm font-medium text-green-800">
          <span aria-hidden="true">✓ </span>
          {t("resent", { email: state.values?.email ?? "" })}
        </p>
      ) : null}
      {formError ? <FormAlert>{formError}</FormAlert> : null}
    </form>
  );
}
