"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { startImportAction } from "@/lib/import-desk/start-actions";

const radioClass = "mt-1 size-5 shrink-0 accent-brand-700";
const optionClass = "flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-white p-3 has-checked:border-brand-600 has-checked:bg-brand-50";

export interface NameDuplicate {
  row: number;
  existingName: string;
}

/**
 * Step 3: the decisions the preview asks for (each close name match: skip or create), the
 * status of new records, and "Impor".
 */
export function StartImportForm({ token, duplicates, askStatus }: { token: string; duplicates: NameDuplicate[]; askStatus: boolean }) {
  const t = useTranslations("Imports.preview");
  const { formProps, fieldError, value, formError } = useFormAction(startImportAction);

  return (
    <form {...formProps} className="space-y-6">
      <input type="hidden" name="token" value={token} />
      {duplicates.length > 0 ? (
        <section aria-labelledby="duplicates-heading" className="space-y-4">
          <h2 id="duplicates-heading" className="text-xl font-semibold">
            {t("duplicatesHeading")}
          </h2>
          <p className="text-muted">{t("duplicatesLead")}</p>
          {duplicates.map((duplicate) => {
            const name = `decision.${duplicate.row}`;
            const id = `decision-${duplicate.row}`;
            const error = fieldError(name);
            return (
              <fieldset key={duplicate.row} aria-describedby={error ? `${id}-error` : undefined} className="space-y-2">
                <legend className="mb-1 font-semibold">{t("duplicateRow", { row: duplicate.row, name: duplicate.existingName })}</legend>
                <div className="grid gap-2 sm:grid-cols-2">
                  {(["skip", "create"] as const).map((choice) => (
                    <label key={choice} className={optionClass}>
                      <input type="radio" name={name} value={choice} defaultChecked={value(name) === choice} className={radioClass} />
                      <span>{t(choice)}</span>
                    </label>
                  ))}
                </div>
                <FieldError id={id} error={error} />
              </fieldset>
            );
          })}
        </section>
      ) : null}
      {askStatus ? (
        <fieldset className="space-y-2">
          <legend className="mb-1 font-semibold">{t("targetStatus")}</legend>
          {(["DRAFT", "SUBMITTED"] as const).map((status) => (
            <label key={status} className={optionClass}>
              <input type="radio" name="targetStatus" value={status} defaultChecked={(value("targetStatus") ?? "DRAFT") === status} className={radioClass} />
              <span>{t(status === "DRAFT" ? "draft" : "submitted")}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="targetStatus" value="DRAFT" />
      )}
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
