"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { decideParticipantsAction } from "@/lib/events/actions";
import { participantDecisions } from "@/lib/events/schemas";

/** The participants table's checkboxes belong to this form (their `form` attribute names its id). */
export const bulkDecisionFormId = "bulk-decision";

/** One decision for every ticked participant of the table above. */
export function BulkDecisionForm({ eventId }: { eventId: string }) {
  const t = useTranslations("EventAdmin.participants");
  const { state, pending, formProps, fieldError } = useFormAction(decideParticipantsAction);
  return (
    <form {...formProps} id={bulkDecisionFormId} className="space-y-3 rounded-md border border-line bg-white p-4">
      <input type="hidden" name="eventId" value={eventId} />
      <div className="flex flex-wrap items-end gap-3">
        <Select
          id="bulk-decision-select"
          name="decision"
          label={t("bulkLegend")}
          options={participantDecisions.map((decision) => ({ value: decision, label: t(decision) }))}
          error={fieldError("participantIds") ?? fieldError("decision")}
        />
        <SubmitButton pending={pending} pendingLabel={t("pending")}>
          {t("applyBulk")}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
