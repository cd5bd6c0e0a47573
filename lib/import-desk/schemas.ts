// What the import desk's forms send, checked. Errors are message keys. Pure.
import { z } from "zod";
import { importKinds } from "@/lib/imports/types";

/** The largest spreadsheet staff may upload (issue 18: 20 MB). */
export const maxImportBytes = 20 * 1024 * 1024;

export const importKindSchema = z.enum(importKinds);

/** The `jenis` query parameter as a kind of import, or null. */
export function parseImportKind(value: string | string[] | undefined): (typeof importKinds)[number] | null {
  const parsed = importKindSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : null;
}

const token = z.uuid({ message: "Imports.upload.expiredText" });

/** A file input with nothing chosen still sends an empty File: that is "no file". */
export const uploadImportSchema = z.object({
  kind: importKindSchema,
  file: z
    .custom<File>((value) => value instanceof File && value.size > 0, { message: "Imports.upload.fileMissing" })
    .refine((file) => file.size <= maxImportBytes, { message: "Imports.upload.fileTooLarge" }),
});

/** The mapping step: `column.<index>` = a field of the kind, or "" to ignore that column. */
export const mapImportColumnsSchema = z.object({ token }).catchall(z.string());

/** The preview's import: the status of new records and, per possible duplicate, `decision.<row>`. */
export const startImportSchema = z.object({ token, targetStatus: z.enum(["DRAFT", "SUBMITTED"]) }).catchall(z.string());

/** The values of fields named `<prefix>.<number>`, by that number. */
export function numberedFields(input: Record<string, unknown>, prefix: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const [name, value] of Object.entries(input)) {
    const match = new RegExp(`^${prefix}\\.(\\d{1,6})$`).exec(name);
    if (match && typeof value === "string") found.set(Number(match[1]), value);
  }
  return found;
}
