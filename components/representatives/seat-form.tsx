"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { controlProps, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { assignSeatAction } from "@/lib/representatives/actions";

export type SeatFormSeat = {
  participantId: string;
  partyName: string;
  representativeId: string | null;
  choices: { id: string; position: number; name: string | null }[];
};

/** Staff choose which of a party's representatives sits in a placed meeting; the server refuses a person busy then. */
export function SeatForm({ eventId, meetingId, seat }: { eventId: string; meetingId: string; seat: SeatFormSeat }) {
  const t = useTranslations("Schedule");
  const { state, pending, formProps, fieldError, value } = useFormAction(assignSeatAction);
  const id = `kursi-${meetingId}-${seat.participantId}`;
  const error = fieldError("representativeId");
  const label = (choice: SeatFormSeat["choices"][number]) =>
    choice.name ? t("seatOption", { position: choice.position, name: choice.name }) : t("seatContact", { position: choice.position });
  return (
    <form {...formProps} className="space-y-1" aria-label={t("seatFor", { party: seat.partyName })}>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="participantId" value={seat.participantId} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={id} className="block text-xs font-medium text-muted">
            {t("seatFor", { party: seat.partyName })}
          </label>
          <select {...controlProps({ id, hint: null, error }, "w-auto py-1 text-sm")} name="representativeId" defaultValue={value("representativeId") ?? seat.representativeId ?? ""}>
            {seat.choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {label(choice)}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pending={pending} pendingLabel={t("seatSaving")} size="sm" variant="secondary">
          <span aria-hidden="true">{t("seatSave")}</span>
          <span className="sr-only">{t("seatSaveFor", { party: seat.partyName })}</span>
        </SubmitButton>
      </div>
      <FieldError id={id} error={error} />
      <FormMessage state={state} />
    </form>
  );
}
