"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { overrideAttendanceAction } from "@/lib/outcomes/actions";
import { attendanceReasonMax } from "@/lib/outcomes/schemas";

/** Staff let a meeting take a result although the desk did not see both sides; a reason is required. */
export function AttendanceOverrideForm({ eventId, meetingId, pair }: { eventId: string; meetingId: string; pair: string }) {
  const t = useTranslations("EventReport");
  const { state, pending, formProps, fieldError, value } = useFormAction(overrideAttendanceAction);
  return (
    <form {...formProps} aria-label={t("overrideFor", { pair })} className="mt-2 space-y-2">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <Field id={`override-${meetingId}`} name="reason" label={t("overrideReason")} hint={t("overrideHint")} maxLength={attendanceReasonMax} defaultValue={value("reason") ?? ""} error={fieldError("reason")} />
      <SubmitButton pending={pending} pendingLabel={t("saving")} variant="secondary" size="sm">
        {t("overrideButton")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
