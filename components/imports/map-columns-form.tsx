"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { mapImportColumnsAction } from "@/lib/import-desk/actions";

export interface UnknownColumn {
  index: number;
  header: string;
  /** The field chosen before, or "" (ignored). */
  chosen: string;
}

/** Step 2, when needed: each unknown header -> a field of the kind, or ignored. */
export function MapColumnsForm({ token, columns, fields }: { token: string; columns: UnknownColumn[]; fields: { value: string; label: string }[] }) {
  const t = useTranslations("Imports.mapping");
  const { formProps, fieldError, value, formError } = useFormAction(mapImportColumnsAction);
  const options = [{ value: "", label: t("ignore") }, ...fields];

  return (
    <form {...formProps} className="max-w-xl space-y-5">
      <input type="hidden" name="token" value={token} />
      {columns.map((column) => (
        <Select
          key={column.index}
          id={`column-${column.index}`}
          name={`column.${column.index}`}
          label={t("column", { header: column.header })}
          options={options}
          defaultValue={value(`column.${column.index}`) ?? column.chosen}
          error={fieldError(`column.${column.index}`)}
        />
      ))}
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
