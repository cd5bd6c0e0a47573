"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { controlProps, FieldFrame } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveNoteAction } from "@/lib/matching/actions";
import { noteMax } from "@/lib/matching/engine/schemas";

/** The staff note on a match (staff only), at most 1,000 characters. */
export function NoteForm({ matchId, note }: { matchId: string; note: string | null }) {
  const t = useTranslations("Matching.detail");
  const { state, pending, formProps, fieldError, value } = useFormAction(saveNoteAction);
  const error = fieldError("note");
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="matchId" value={matchId} />
      <FieldFrame id="match-note" label={t("noteLabel")} hint={t("noteHint")} error={error}>
        <textarea {...controlProps({ id: "match-note", hint: t("noteHint"), error })} name="note" rows={4} maxLength={noteMax} defaultValue={value("note") ?? note ?? ""} />
      </FieldFrame>
      <SubmitButton pending={pending} pendingLabel={t("noteSaving")}>
        {t("noteSave")}
      </SubmitButton>
      {error ? null : <FormMessage state={state} />}
    </form>
  );
}
