"use server";

// The import desk's first steps (staff, /staf/impor/baru): upload a spreadsheet and match its
// unknown columns. The file stays in lib/storage under a token bound to the staff member
// (./pending.ts) between the steps; nothing is written to the portal's records before "Impor"
// (./start-actions.ts).
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { ImportFileError } from "@/lib/imports/errors";
import { importFields, matchHeaders } from "@/lib/imports/fields";
import { readImportFile } from "@/lib/imports/read";
import { remapPendingUpload, savePendingUpload } from "./pending";
import { mapImportColumnsSchema, numberedFields, uploadImportSchema } from "./schemas";
import { fileErrorKey } from "./file-errors";
import { loadPendingSheet } from "./sheet";

const expired = () => new UserFacingError("Imports.upload.expiredText");

/** A file's name as shown and stored: no folders, at most 255 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? "";
  return (base || "impor").slice(0, 255);
}

export const uploadImportAction = defineFormAction({
  name: "imports.upload",
  access: "enterprise:assist",
  schema: uploadImportSchema,
  run: async ({ kind, file }, actor) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = cleanFileName(file.name);
    let headers: string[];
    try {
      headers = (await readImportFile(bytes, fileName)).headers;
    } catch (error) {
      if (error instanceof ImportFileError) throw new UserFacingError(fileErrorKey(error), "file");
      throw error;
    }
    const { unknown, missingRequired } = matchHeaders(kind, headers);
    const token = await savePendingUpload(db, { userId: actor.id, kind, fileName, bytes, mapped: unknown.length === 0 && missingRequired.length === 0 });
    redirect(`/staf/impor/baru?token=${token}`);
  },
});

export const mapImportColumnsAction = defineFormAction({
  name: "imports.mapColumns",
  access: "enterprise:assist",
  schema: mapImportColumnsSchema,
  run: async (input, actor) => {
    const pending = await loadPendingSheet(input.token, actor.id);
    if (!pending) throw expired();
    const fields = new Set(importFields(pending.upload.kind).map((field) => field.field));
    const chosen = numberedFields(input, "column");
    const overrides: Record<string, string> = {};
    // Fields the file's known headers already take; those of unknown headers are chosen anew here.
    const taken = new Set(pending.mapping.filter((field, index): field is string => field !== null && !pending.unknown.includes(pending.sheet.headers[index]!)));
    const used = new Map<string, number>();
    const fieldErrors: Record<string, string[]> = {};
    pending.sheet.headers.forEach((header, index) => {
      const field = chosen.get(index) ?? "";
      if (!pending.unknown.includes(header) || field === "") return;
      if (!fields.has(field)) fieldErrors[`column.${index}`] = ["Imports.mapping.unknownField"];
      else if (used.has(field) || taken.has(field)) fieldErrors[`column.${index}`] = ["Imports.mapping.fieldTaken"];
      else {
        used.set(field, index);
        overrides[header] = field;
      }
    });
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
    const token = await remapPendingUpload(db, pending.upload, overrides);
    redirect(`/staf/impor/baru?token=${token}`);
  },
});
