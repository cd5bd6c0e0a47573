// The audit viewer's filters, read from the URL (a plain GET form, so the page works without
// JavaScript and the download link carries the same filters). Unlike the dashboard's filters, a
// malformed value is refused with a message rather than dropped: an admin looking for one
// person's actions must never be shown everyone's because of a typo. Pure.
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { checkDay } from "@/lib/forms/day";
import { hasUnsafeCharacters } from "@/lib/http/text";
import { type AuditAction, auditActions } from "./log";

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}

export type AuditFilters = {
  /** Part of the actor's email. */
  actor: string | null;
  entityType: string | null;
  entityId: string | null;
  action: AuditAction | null;
  /** First day, "YYYY-MM-DD" in WIB; null: open start. */
  from: string | null;
  /** Last day, included. */
  to: string | null;
};

export type AuditFilterField = keyof AuditFilters;
export const auditFilterFields = ["actor", "entityType", "entityId", "action", "from", "to"] as const satisfies readonly AuditFilterField[];

/** Message keys under AuditViewer.errors. */
export type AuditFilterError =
  | "actorTooLong"
  | "entityTypeInvalid"
  | "entityIdTooLong"
  | "actionUnknown"
  | "dateInvalid"
  | "dateOutOfRange"
  | "periodBackwards"
  | "invalidCharacters";

export type AuditFilterParse =
  | { ok: true; filters: AuditFilters }
  | { ok: false; values: Record<AuditFilterField, string>; errors: Partial<Record<AuditFilterField, AuditFilterError>> };

export const noAuditFilters: AuditFilters = { actor: null, entityType: null, entityId: null, action: null, from: null, to: null };

const orNull = (value: string) => (value === "" ? null : value);
// A NUL byte would reach PostgreSQL (which refuses it); no one types one or a lone surrogate.
const text = () => z.string().refine((value) => !hasUnsafeCharacters(value), "invalidCharacters");
const day = () =>
  z
    .string()
    .superRefine((value, context) => {
      const check = value === "" ? "ok" : checkDay(value);
      if (check !== "ok") context.addIssue({ code: "custom", message: check === "outOfRange" ? "dateOutOfRange" : "dateInvalid" });
    })
    .transform(orNull);

const filtersSchema = z
  .object({
    actor: text().max(254, "actorTooLong").transform(orNull),
    // Entity types are model names ("Enterprise", "User"), never free text.
    entityType: z.string().regex(/^(?:[A-Za-z][\w-]{0,63})?$/, "entityTypeInvalid").transform(orNull),
    entityId: text().max(128, "entityIdTooLong").transform(orNull),
    action: z.string().refine((value) => value === "" || isAuditAction(value), "actionUnknown").transform((value) => (value === "" ? null : (value as AuditAction))),
    from: day(),
    to: day(),
  })
  .check(
    crossFieldRule<{ from: string | null; to: string | null }>(["from", "to"], (filters, issue) => {
      if (filters.from && filters.to && filters.from > filters.to) issue("to", "periodBackwards");
    }),
  );

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function rawValues(params: SearchParams): Record<AuditFilterField, string> {
  const read = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const first = Array.isArray(value) ? value[0] : value;
    return (first ?? "").trim();
  };
  return Object.fromEntries(auditFilterFields.map((field) => [field, read(field)])) as Record<AuditFilterField, string>;
}

export function parseAuditFilters(params: SearchParams): AuditFilterParse {
  const values = rawValues(params);
  const parsed = filtersSchema.safeParse(values);
  if (parsed.success) return { ok: true, filters: parsed.data };
  const errors: Partial<Record<AuditFilterField, AuditFilterError>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as AuditFilterField;
    errors[field] ??= issue.message as AuditFilterError;
  }
  return { ok: false, values, errors };
}

/** The filters as query parameters (empty ones left out), for pagination and download links. */
export function auditFilterQuery(filters: AuditFilters): Record<string, string | undefined> {
  return Object.fromEntries(auditFilterFields.map((field) => [field, filters[field] ?? undefined]));
}

/** The filters as the form's field values ("" for none). */
export function auditFilterValues(filters: AuditFilters): Record<AuditFilterField, string> {
  return Object.fromEntries(auditFilterFields.map((field) => [field, filters[field] ?? ""])) as Record<AuditFilterField, string>;
}

export function isAuditFiltered(filters: AuditFilters): boolean {
  return auditFilterFields.some((field) => filters[field] !== null);
}
