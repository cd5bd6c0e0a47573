"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ReferralOutcomeKind } from "@/lib/generated/prisma/enums";
import { recordReferralOutcomeAction } from "@/lib/referrals/actions";
import { outcomeNoteMax } from "@/lib/referrals/schemas";

/**
 * The partner records what came of a referral; the kinds offered are those that fit its purpose,
 * and the amount field shows only where a KUR can be approved.
 */
export function ReferralOutcomeForm({ consentId, kinds }: { consentId: string; kinds: readonly ReferralOutcomeKind[] }) {
  const t = useTranslations("Referrals.detail");
  const tKind = useTranslations("Referrals.outcomeKind");
  const { state, pending, formRef, formProps, fieldProps } = useFormAction(recordReferralOutcomeAction);
  const options = [{ value: "", label: t("kindPlaceholder") }, ...kinds.map((kind) => ({ value: kind, label: tKind(kind) }))];

  // A saved outcome joins the history beside the form; empty the form for the next one.
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state, formRef]);

  return (
    <form {...formProps} aria-labelledby="outcome-heading" className="space-y-4">
      <input type="hidden" name="consentId" value={consentId} />
      <Select id="outcome-kind" label={t("kindLabel")} options={options} {...fieldProps("kind")} />
      {kinds.includes("KUR_APPROVED") ? (
        <Field id="outcome-amount" inputMode="numeric" label={t("amountLabel")} hint={t("amountHint")} {...fieldProps("amount")} />
      ) : null}
      <TextareaField id="outcome-note" label={t("noteLabel")} hint={t("noteHint")} rows={2} maxLength={outcomeNoteMax} {...fieldProps("note")} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
