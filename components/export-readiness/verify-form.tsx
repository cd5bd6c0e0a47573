"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { controlProps, FieldFrame } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { verifyExportReadinessAction } from "@/lib/export-readiness/actions";
import type { ExportReadinessTier } from "@/lib/generated/prisma/enums";

const tiers: readonly ExportReadinessTier[] = ["BELUM_SIAP", "SIAP_DENGAN_PENDAMPINGAN", "SIAP_EKSPOR"];

/** Staff confirm the self-assessed tier or set another one, with a note saying why. */
export function VerifyForm({
  assessmentId,
  tier,
  note,
}: {
  assessmentId: string;
  tier: ExportReadinessTier;
  note: string | null;
}) {
  const t = useTranslations("ExportReadinessPages");
  const tTier = useTranslations("ExportReadiness.tier");
  const { state, formProps, fieldError, value, formError } = useFormAction(verifyExportReadinessAction);
  const noteError = fieldError("note");
  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <Select
        id="verify-tier"
        name="tier"
        label={t("verifyTier")}
        options={tiers.map((option) => ({ value: option, label: tTier(option) }))}
        defaultValue={value("tier") ?? tier}
        error={fieldError("tier")}
      />
      <FieldFrame id="verify-note" label={t("verifyNote")} hint={t("verifyNoteHint")} error={noteError}>
        <textarea
          {...controlProps({ id: "verify-note", hint: t("verifyNoteHint"), error: noteError }, "min-h-28")}
          name="note"
          maxLength={1000}
          rows={4}
          defaultValue={value("note") ?? note ?? ""}
        />
      </FieldFrame>
      <div className="space-y-3">
        {formError && !state.message ? <FormAlert>{formError}</FormAlert> : null}
        <SubmitButton pendingLabel={t("verifying")}>{t("verifySubmit")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
