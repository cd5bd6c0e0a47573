// Cross-field rules (price min <= max, a date range, a confirmation) that run together with the
// per-field rules, so a form reports every invalid field after one submit. zod skips an object's
// .refine/.superRefine once any field produced an aborting issue (a failed transform, an enum, a
// wrong type: what wholeNumberField, rupiahField and most field helpers raise); a rule made here
// runs whenever the fields it reads parsed without issues of their own, whatever other fields did.
// Pure.
import { z } from "zod";

/** Reports one issue on a field of the form (a field name such as "priceMax" or "sessions.2"). */
export type ReportIssue = (field: string, message: string) => void;

/** True when the object parsed and none of `fields` has an issue of its own. */
export function fieldsParsed(payload: z.core.ParsePayload, fields: readonly string[]): boolean {
  if (typeof payload.value !== "object" || payload.value === null) return false;
  return !payload.issues.some((issue) => {
    const head = issue.path?.[0];
    return head === undefined || fields.includes(String(head));
  });
}

/**
 * A check for `.check(...)` on a form's object schema: `check` reads only `fields` (their parsed
 * values) and reports problems through `issue`. Example:
 * `z.object({...}).check(crossFieldRule<Fields>(["priceMin", "priceMax"], (input, issue) => ...))`.
 */
export function crossFieldRule<T>(fields: readonly (keyof T & string)[], check: (input: T, issue: ReportIssue) => void) {
  return z.superRefine<T>(
    (input, context) => {
      check(input, (field, message) => context.addIssue({ code: "custom", path: [field], message }));
    },
    { when: (payload) => fieldsParsed(payload, fields) },
  );
}
