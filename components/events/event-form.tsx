"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import { eventLimits } from "@/lib/events/schemas";
import { slotLengths } from "@/lib/events/slots";
import { EventKind } from "@/lib/generated/prisma/enums";

import type { SessionValues } from "@/lib/events/schemas";

type Props = {
  /** Absent: a new event. */
  eventId?: string;
  /** The saved event's fields as text (lib/events/schemas.ts eventFormDefaults). */
  initial: Record<string, string>;
  sessions: SessionValues[];
};

/** Empty session rows offered below the saved ones (at least `minRows` rows in all), so rows can be added without JavaScript. */
const spareRows = 2;
const minRows = 4;
const emptyRows = (count: number): SessionValues[] => Array.from({ length: count }, () => ({ date: "", from: "", until: "" }));

/**
 * Staff's event form: the event, its registration window, capacity per kind and meeting
 * settings with the sessions as rows. "Tambah sesi" adds a row with JavaScript; without it there
 * are always spare empty rows, and more appear after each save.
 */
export function EventForm({ eventId, initial, sessions }: Props) {
  const t = useTranslations("EventAdmin.form");
  const tKind = useTranslations("Enums.eventKind");
  const { state, pending, formProps, fieldError, value, values, formError } = useFormAction(eventId ? updateEventAction : createEventAction);
  const typed = { date: values("sessionDate"), from: values("sessionFrom"), until: values("sessionUntil") };
  const baseRows = typed.date
    ? typed.date.map((date, i) => ({ date, from: typed.from?.[i] ?? "", until: typed.until?.[i] ?? "" }))
    : [...sessions, ...emptyRows(Math.max(spareRows, minRows - sessions.length))];
  const [extraRows, setExtraRows] = useState(0);
  const rows = [...baseRows, ...emptyRows(extraRows)];
  // Without an answer yet, fields show the saved event; after an error, what was typed.
  const field = (name: string) => ({ name, defaultValue: value(name) ?? initial[name] ?? "", error: fieldError(name) });

  return (
    <form {...formProps} className="space-y-8">
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{t("basics")}</legend>
        <Field id="event-title" label={t("title")} required maxLength={eventLimits.titleMax} {...field("title")} />
        <div className="grid gap-5 sm:grid-cols-2">
          <Select id="event-kind" label={t("kind")} options={Object.values(EventKind).map((kind) => ({ value: kind, label: tKind(kind) }))} {...field("kind")} />
          <Field id="event-quarter" label={t("quarter")} hint={t("quarterHint")} placeholder="2026-Q4" {...field("quarter")} />
        </div>
        <TextareaField id="event-description" label={t("description")} required rows={5} maxLength={eventLimits.descriptionMax} {...field("description")} />
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="event-venue" label={t("venue")} required maxLength={eventLimits.venueMax} {...field("venue")} />
          <Field id="event-address" label={t("venueAddress")} maxLength={eventLimits.addressMax} {...field("venueAddress")} />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{t("when")}</legend>
        <div className="grid gap-5 sm:grid-cols-4">
          <Field id="event-start-date" type="date" label={t("startDate")} required {...field("startDate")} />
          <Field id="event-start-time" type="time" label={t("startTime")} required {...field("startTime")} />
          <Field id="event-end-date" type="date" label={t("endDate")} required {...field("endDate")} />
          <Field id="event-end-time" type="time" label={t("endTime")} required {...field("endTime")} />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{t("registration")}</legend>
        <p className="text-sm text-muted">{t("registrationHint")}</p>
        <div className="grid gap-5 sm:grid-cols-4">
          <Field id="event-opens-date" type="date" label={t("opensDate")} {...field("opensDate")} />
          <Field id="event-opens-time" type="time" label={t("opensTime")} {...field("opensTime")} />
          <Field id="event-closes-date" type="date" label={t("closesDate")} {...field("closesDate")} />
          <Field id="event-closes-time" type="time" label={t("closesTime")} {...field("closesTime")} />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{t("capacity")}</legend>
        <p className="text-sm text-muted">{t("capacityHint")}</p>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field id="event-capacity-sme" label={t("capacitySme")} inputMode="numeric" {...field("capacitySme")} />
          <Field id="event-capacity-buyer" label={t("capacityBuyer")} inputMode="numeric" {...field("capacityBuyer")} />
          <Field id="event-capacity-partner" label={t("capacityPartner")} inputMode="numeric" {...field("capacityPartner")} />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{t("meetings")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <Select
            id="event-slot-minutes"
            label={t("slotMinutes")}
            options={slotLengths.map((minutes) => ({ value: String(minutes), label: t("slotOption", { minutes }) }))}
            {...field("slotMinutes")}
          />
          <Field id="event-tables" label={t("tableCount")} inputMode="numeric" required {...field("tableCount")} />
          <Field id="event-pending-limit" label={t("pendingRequestLimit")} hint={t("pendingRequestLimitHint")} inputMode="numeric" required {...field("pendingRequestLimit")} />
          <Field id="event-expiry" label={t("requestExpiryHours")} inputMode="numeric" required {...field("requestExpiryHours")} />
          <Field id="event-representative-limit" label={t("representativeLimit")} hint={t("representativeLimitHint")} inputMode="numeric" {...field("representativeLimit")} />
          <Field id="event-table-seats" label={t("tableSeats")} hint={t("tableSeatsHint")} inputMode="numeric" {...field("tableSeats")} />
        </div>
        <fieldset className="space-y-3" aria-describedby="event-sessions-hint">
          <legend className="font-semibold text-ink">{t("sessions")}</legend>
          <p id="event-sessions-hint" className="text-sm text-muted">
            {t("sessionsHint")}
          </p>
          <FieldError id="event-sessions" error={fieldError("sessions")} />
          <ol className="space-y-3">
            {rows.map((row, index) => {
              const error = fieldError(`sessions.${index}`);
              const id = `event-session-${index}`;
              // Keys carry the typed values so a refill after an error replaces the rows.
              return (
                <li key={`${index}-${row.date}-${row.from}-${row.until}`} className="rounded-md border border-line p-3">
                  <fieldset aria-describedby={error ? `${id}-error` : undefined}>
                    <legend className="text-sm font-semibold text-brand-900">{t("sessionRow", { number: index + 1 })}</legend>
                    <div className="mt-2 grid gap-3 sm:grid-cols-3">
                      <Field id={`${id}-date`} type="date" name="sessionDate" label={t("sessionDate")} defaultValue={row.date} aria-invalid={error ? true : undefined} />
                      <Field id={`${id}-from`} type="time" name="sessionFrom" label={t("sessionFrom")} defaultValue={row.from} aria-invalid={error ? true : undefined} />
                      <Field id={`${id}-until`} type="time" name="sessionUntil" label={t("sessionUntil")} defaultValue={row.until} aria-invalid={error ? true : undefined} />
                    </div>
                    <div className="mt-2">
                      <FieldError id={id} error={error} />
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {rows.length < eventLimits.sessionsMax ? (
            <Button variant="secondary" size="sm" onClick={() => setExtraRows((count) => count + 1)}>
              {t("addSession")}
            </Button>
          ) : null}
        </fieldset>
      </fieldset>

      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {eventId ? t("submitUpdate") : t("submitCreate")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
