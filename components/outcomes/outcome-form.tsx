"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextareaField } from "@/components/ui/textarea-field";
import { Field, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MeetingOutcome } from "@/lib/generated/prisma/enums";
import { recordOutcomeAction } from "@/lib/outcomes/actions";
import { outcomeNoteMax } from "@/lib/outcomes/schemas";
import { outcomeOrder } from "@/lib/outcomes/stages";

const radioClass = "mt-1 size-5 shrink-0 accent-brand-700";
const optionClass = "flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-white p-3 has-checked:border-brand-600 has-checked:bg-brand-50";

type Props = {
  meetingId: string;
  /** What this side recorded before (to update it later); the value as the field shows it ("15.000.000"). */
  outcome: MeetingOutcome | null;
  value: string | null;
  note: string | null;
  /** Names the form for screen readers: "Hasil pertemuan dengan PT Maju". */
  label: string;
};

/** "Hasil pertemuan": this side's result of one meeting, saved to its own record. */
export function OutcomeForm({ meetingId, outcome, value: savedValue, note: savedNote, label }: Props) {
  const t = useTranslations("Outcomes");
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(recordOutcomeAction);
  const chosen = value("outcome") ?? outcome ?? undefined;
  const outcomeError = fieldError("outcome");
  const id = `outcome-${meetingId}`;
  return (
    <form {...formProps} aria-label={label} className="space-y-4">
      <input type="hidden" name="meetingId" value={meetingId} />
      <fieldset aria-describedby={outcomeError ? `${id}-error` : undefined} className="space-y-2">
        <legend className="mb-2 font-semibold text-ink">{t("resultLegend")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {outcomeOrder.map((option) => (
            <label key={option} className={optionClass}>
              <input type="radio" name="outcome" value={option} defaultChecked={chosen === option} className={radioClass} />
              <span>{t(`outcome.${option}`)}</span>
            </label>
          ))}
        </div>
        <FieldError id={id} error={outcomeError} />
      </fieldset>
      <Field
        id={`${id}-value`}
        name="value"
        inputMode="numeric"
        label={t("valueLabel")}
        hint={t("valueHint")}
        defaultValue={value("value") ?? savedValue ?? ""}
        error={fieldError("value")}
      />
      <TextareaField id={`${id}-note`} name="note" label={t("noteLabel")} hint={t("noteHint")} rows={2} maxLength={outcomeNoteMax} defaultValue={value("note") ?? savedNote ?? ""} error={fieldError("note")} />
      {formError && !state.message ? <FormAlert>{formError}</FormAlert> : null}
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {outcome ? t("update") : t("save")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
