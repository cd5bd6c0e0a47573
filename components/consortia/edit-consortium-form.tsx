"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { editConsortiumAction } from "@/lib/consortia/actions";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

export interface EditCandidate {
  id: string;
  name: string;
  capacity: number;
  pairScore: number;
}

/** Tick 2 to 5 members from the ranked candidates and pick the lead; the server recomputes and checks the set. */
export function EditConsortiumForm({ consortiumId, unit, candidates, members, leadId }: { consortiumId: string; unit: string; candidates: EditCandidate[]; members: string[]; leadId: string }) {
  const t = useTranslations("Matching.consortium.board");
  const locale = useLocale() as AppLocale;
  const { pending, formProps, formError, values, value, state } = useFormAction(editConsortiumAction);
  const ticked = new Set(values("memberIds") ?? members);
  const lead = value("leadId") ?? leadId;
  return (
    <form {...formProps} className="space-y-4" key={state.ok ? "saved" : "editing"}>
      <input type="hidden" name="consortiumId" value={consortiumId} />
      <fieldset className="space-y-2">
        <legend className="font-semibold text-ink">{t("candidates")}</legend>
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:gap-6">
              <label className="flex flex-1 items-center gap-2">
                <input type="checkbox" name="memberIds" value={candidate.id} defaultChecked={ticked.has(candidate.id)} className="size-5" />
                <span className="font-semibold">{candidate.name}</span>
                <span className="text-sm text-muted">
                  {formatNumber(candidate.capacity, locale)} {unit} · {t("pairScore", { score: candidate.pairScore })}
                </span>
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" name="leadId" value={candidate.id} defaultChecked={lead === candidate.id} className="size-4" />
                {t("pickLead")}
                <span className="sr-only">: {candidate.name}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormAlert>{formError}</FormAlert>
      {state.ok ? <FormMessage state={state} /> : null}
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
