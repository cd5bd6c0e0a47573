"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { controlProps, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { moveMeetingAction } from "@/lib/meetings/actions";

type Props = {
  meetingId: string;
  /** Slot choices: index and its label (time). */
  slots: { index: number; label: string }[];
  tables: number;
  current: { slot: number | null; table: number | null };
  label: string;
  submitLabel: string;
};

/** Staff place or move one meeting by hand: a slot and a table, checked for conflicts on the server. */
export function MoveMeetingForm({ meetingId, slots, tables, current, label, submitLabel }: Props) {
  const t = useTranslations("Schedule");
  const { state, pending, formProps, fieldError, value } = useFormAction(moveMeetingAction);
  const slotError = fieldError("slot");
  const tableError = fieldError("table");
  const slotId = `move-${meetingId}-slot`;
  const tableId = `move-${meetingId}-table`;
  return (
    <form {...formProps} className="space-y-1" aria-label={label}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={slotId} className="block text-xs font-medium text-muted">
            {t("slot")}
          </label>
          <select {...controlProps({ id: slotId, hint: null, error: slotError }, "w-auto py-1 text-sm")} name="slot" defaultValue={value("slot") ?? String(current.slot ?? "")}>
            {current.slot === null ? <option value="">–</option> : null}
            {slots.map((slot) => (
              <option key={slot.index} value={slot.index}>
                {slot.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={tableId} className="block text-xs font-medium text-muted">
            {t("table")}
          </label>
          <input
            {...controlProps({ id: tableId, hint: null, error: tableError }, "w-20 py-1 text-sm")}
            name="table"
            type="number"
            inputMode="numeric"
            min={1}
            max={tables}
            defaultValue={value("table") ?? String(current.table ?? "")}
          />
        </div>
        <SubmitButton pending={pending} pendingLabel={submitLabel} size="sm" variant="secondary">
          {submitLabel}
        </SubmitButton>
      </div>
      <FieldError id={slotId} error={slotError} />
      <FieldError id={tableId} error={tableError} />
      {slotError || tableError ? null : <FormMessage state={state} />}
    </form>
  );
}
