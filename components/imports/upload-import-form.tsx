"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { uploadImportAction } from "@/lib/import-desk/actions";
import { maxImportBytes } from "@/lib/import-desk/schemas";
import type { ImportKind } from "@/lib/imports/types";

/** Step 1: the spreadsheet. The server reads it and answers with the mapping step or the preview. */
export function UploadImportForm({ kind }: { kind: ImportKind }) {
  const t = useTranslations("Imports.upload");
  const { formProps, fieldError, formError } = useFormAction(uploadImportAction);
  // Said before sending 20+ MB over a slow line; the server checks again.
  const [tooLarge, setTooLarge] = useState(false);

  return (
    <form {...formProps} className="max-w-xl space-y-5">
      <input type="hidden" name="kind" value={kind} />
      <Field
        id="import-file"
        name="file"
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        label={t("file")}
        hint={t("fileHint")}
        required
        onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > maxImportBytes)}
        error={tooLarge ? t("fileTooLarge") : fieldError("file")}
      />
      {formError && !fieldError("file") ? <FormAlert>{formError}</FormAlert> : null}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
