"use client";

import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerForEventAction } from "@/lib/events/actions";
import { eventLimits } from "@/lib/events/schemas";

type Props = {
  eventId: string;
  /** The event's meeting slots: start time (ISO) and a label in the reader's language. */
  slots: { value: string; label: string }[];
};

/** The short registration form: what the party offers or seeks, and the slots it cannot attend. */
export function RegisterForm({ eventId, slots }: Props) {
  const t = useTranslations("EventRegistration");
  const { state, pending, formProps, fieldError, fieldProps, values, formError } = useFormAction(registerForEventAction);
  const ticked = new Set(values("unavailableSlots") ?? []);
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="eventId" value={eventId} />
      <TextareaField id="registration-note" label={t("note")} hint={t("noteHint")} rows={4} maxLength={eventLimits.noteMax} {...fieldProps("note")} />
      {slots.length > 0 ? (
        <fieldset className="space-y-2" aria-describedby="registration-slots-hint">
          <legend className="font-medium text-ink">{t("slotsLegend")}</legend>
          <p id="registration-slots-hint" className="text-sm text-muted">
            {t("slotsHint")}
          </p>
          <div className="max-h-72 space-y-1 overflow-y-auto">
            {slots.map((slot) => (
              <label key={slot.value} className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="unavailableSlots" value={slot.value} defaultChecked={ticked.has(slot.value)} className="size-5" />
                {slot.label}
              </label>
            ))}
          </div>
          <FieldError id="registration-slots" error={fieldError("unavailableSlots")} />
        </fieldset>
      ) : null}
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
      {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
    </form>
  );
}
