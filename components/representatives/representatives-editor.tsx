"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/auth/form-state";
import { representativeLimits } from "@/lib/representatives/schemas";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type EditorPerson = { id: string; position: number; name: string | null; phone: string | null; email: string | null; checkedIn: boolean; seats: number };

type Props = {
  /** Hidden fields every form sends: { eventId } for the organisation, { eventId, participantId } for staff. */
  hidden: Record<string, string>;
  people: EditorPerson[];
  limit: number;
  actions: { add: FormAction; update: FormAction; remove: FormAction };
  /** Makes the fields' ids unique when several editors share a page. */
  idPrefix: string;
};

/** The people an organisation sends to an event: each can be named and edited, further ones added up to the limit and removed. */
export function RepresentativesEditor({ hidden, people, limit, actions, idPrefix }: Props) {
  const t = useTranslations("EventRegistration.representatives");
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("limitLine", { count: people.length, limit })}</p>
      <ol className="space-y-4">
        {people.map((person) => (
          <li key={person.id} className="rounded-md border border-line p-3">
            <PersonForm action={actions.update} hidden={{ ...hidden, representativeId: person.id }} person={person} idPrefix={`${idPrefix}-${person.position}`} />
            {person.position > 1 ? (
              <div className="mt-2">
                <MatchButtonForm
                  action={actions.remove}
                  fields={{ ...hidden, representativeId: person.id }}
                  label={t("remove")}
                  pendingLabel={t("removing")}
                  variant="ghost"
                  accessibleLabel={t("removeNamed", { name: person.name ?? t("contact") })}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {people.length < limit ? (
        <div className="rounded-md border border-dashed border-line p-3">
          {/* A fresh, empty form after each person added. */}
          <PersonForm key={people.length} action={actions.add} hidden={hidden} person={null} idPrefix={`${idPrefix}-new`} />
        </div>
      ) : (
        <p className="font-medium">{t("limitReachedNote")}</p>
      )}
    </div>
  );
}

function PersonForm({ action, hidden, person, idPrefix }: { action: FormAction; hidden: Record<string, string>; person: EditorPerson | null; idPrefix: string }) {
  const t = useTranslations("EventRegistration.representatives");
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(action);
  const field = (name: "name" | "phone" | "email") => ({ name, defaultValue: value(name) ?? person?.[name] ?? "", error: fieldError(name) });
  const heading = person ? t("personHeading", { position: person.position }) : t("addHeading");
  return (
    <form {...formProps} className="space-y-3" aria-label={heading}>
      {Object.entries(hidden).map(([name, fieldValue]) => (
        <input key={name} type="hidden" name={name} value={fieldValue} />
      ))}
      <h3 className="font-semibold text-brand-900">{heading}</h3>
      {person && person.position === 1 && person.name === null ? <p className="text-sm text-muted">{t("contactNote")}</p> : null}
      {person && (person.checkedIn || person.seats > 0) ? (
        <p className="text-sm text-muted">
          {[person.checkedIn ? t("checkedIn") : null, person.seats > 0 ? t("seats", { count: person.seats }) : null].filter(Boolean).join(" · ")}
        </p>
      ) : null}
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`${idPrefix}-name`} label={t("name")} required maxLength={representativeLimits.nameMax} autoComplete="off" {...field("name")} />
        <Field id={`${idPrefix}-phone`} label={t("phone")} type="tel" inputMode="tel" autoComplete="off" {...field("phone")} />
        <Field id={`${idPrefix}-email`} label={t("email")} type="email" autoComplete="off" maxLength={representativeLimits.emailMax} {...field("email")} />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("saving")} size="sm">
        {person ? t("save") : t("add")}
      </SubmitButton>
      {state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
