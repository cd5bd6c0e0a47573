"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { controlProps, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { liveAbsentAction, participantWalkInAction, staffWalkInAction } from "@/lib/meetings/live-actions";

type Option = { id: string; name: string };

function Choice({ id, name, label, options, error, defaultValue, choose }: { id: string; name: string; label: string; options: readonly Option[]; error: string | undefined; defaultValue?: string; choose?: string }) {
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <select {...controlProps({ id, hint: null, error })} name={name} defaultValue={defaultValue ?? ""}>
        {choose !== undefined ? <option value="">{choose}</option> : null}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Staff ask a walk-in meeting between an SME and a buyer; it is placed at once or waits. */
export function StaffWalkInForm({ eventId, smes, buyers }: { eventId: string; smes: readonly Option[]; buyers: readonly Option[] }) {
  const t = useTranslations("LiveDay");
  const { state, pending, formProps, fieldError, value } = useFormAction(staffWalkInAction);
  return (
    <form {...formProps} className="space-y-3" aria-label={t("walkInHeading")}>
      <input type="hidden" name="eventId" value={eventId} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Choice id="walk-in-sme" name="smeId" label={t("walkInSme")} options={smes} error={fieldError("smeId")} defaultValue={value("smeId")} choose={t("walkInChoose")} />
        <Choice id="walk-in-buyer" name="buyerId" label={t("walkInBuyer")} options={buyers} error={fieldError("buyerId")} defaultValue={value("buyerId")} choose={t("walkInChoose")} />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("walkInSubmit")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Staff mark a participant, or one of its representatives, absent: one select lists both. */
export function AbsentForm({ participants }: { participants: readonly { id: string; name: string; representatives: readonly Option[] }[] }) {
  const t = useTranslations("LiveDay");
  const { state, pending, formProps, fieldError, value } = useFormAction(liveAbsentAction);
  const error = fieldError("who");
  return (
    <form {...formProps} className="space-y-3" aria-label={t("absentHeading")}>
      <div>
        <label htmlFor="absent-who" className="block text-sm font-medium text-ink">
          {t("absentWho")}
        </label>
        <select {...controlProps({ id: "absent-who", hint: null, error })} name="who" defaultValue={value("who") ?? ""}>
          <option value="">{t("walkInChoose")}</option>
          {participants.map((participant) => (
            <optgroup key={participant.id} label={participant.name}>
              <option value={participant.id}>{t("absentWhole", { name: participant.name })}</option>
              {participant.representatives.length > 1
                ? participant.representatives.map((representative) => (
                    <option key={representative.id} value={`${participant.id}.${representative.id}`}>
                      {representative.name}
                    </option>
                  ))
                : null}
            </optgroup>
          ))}
        </select>
        <FieldError id="absent-who" error={error} />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("pending")} variant="secondary">
        {t("absentSubmit")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** A participant on its phone asks a meeting today with another participant. */
export function OwnWalkInForm({ eventId, counterparts }: { eventId: string; counterparts: readonly Option[] }) {
  const t = useTranslations("LiveDay");
  const { state, pending, formProps, fieldError, value } = useFormAction(participantWalkInAction);
  return (
    <form {...formProps} className="space-y-3" aria-label={t("own.heading")}>
      <input type="hidden" name="eventId" value={eventId} />
      <Choice id="walk-in-target" name="targetId" label={t("own.target")} options={counterparts} error={fieldError("targetId")} defaultValue={value("targetId")} choose={t("walkInChoose")} />
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("own.submit")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
