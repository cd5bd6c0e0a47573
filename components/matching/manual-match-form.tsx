"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { addManualMatchAction } from "@/lib/matching/actions";

/** Pick an approved SME and an approved buyer of the event; the new pair opens on success. */
export function ManualMatchForm({ eventId, smes, buyers }: { eventId: string; smes: SelectOption[]; buyers: SelectOption[] }) {
  const t = useTranslations("Matching.board");
  const { pending, formProps, fieldProps, formError } = useFormAction(addManualMatchAction);
  const pick = { value: "", label: t("manualPick") };
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="eventId" value={eventId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select id="manual-sme" label={t("manualSme")} options={[pick, ...smes]} {...fieldProps("smeParticipantId")} />
        <Select id="manual-buyer" label={t("manualBuyer")} options={[pick, ...buyers]} {...fieldProps("buyerParticipantId")} />
      </div>
      <FormAlert>{formError}</FormAlert>
      <SubmitButton pending={pending} pendingLabel={t("manualAdding")}>
        {t("manualAdd")}
      </SubmitButton>
    </form>
  );
}
