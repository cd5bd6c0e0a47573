// Every server action is made with defineFormAction: one path, every time.
//   authorize (the access named here, from lib/auth/permissions.ts) -> validate (zod) -> run
// Authorization comes first so a refused caller learns nothing from validation messages and
// nothing runs; ownership is then checked in the mutation's `where`. Results carry message
// keys (e.g. "Validation.emailTaken"), translated by the form, so actions stay testable outside
// a request and forms work with useActionState, also without JavaScript.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { hasUnsafeCharacters, stripUnsafeCharacters } from "@/lib/http/text";
import type { FormState } from "./form-state";
import { type Access, can } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export type { FormState };

/** An expected failure the user can act on; `key` is a message key. */
export class UserFacingError extends Error {
  constructor(
    readonly key: string,
    readonly field?: string,
  ) {
    super(key);
    this.name = "UserFacingError";
  }
}

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Who runs an action: anyone for "public" ones, otherwise a signed-in user (checked before run). */
type ActorOf<A extends Access> = A extends "public" ? SessionUser | null : SessionUser;

interface ActionDefinition<Schema extends z.ZodType, A extends Access> {
  /** Unique, e.g. "admin.inviteUser": used in logs and in the permissions-matrix test. */
  name: string;
  access: A;
  schema: Schema;
  run: (input: z.infer<Schema>, actor: ActorOf<A>) => Promise<FormState | void>;
}

export interface RegisteredAction {
  name: string;
  access: Access;
}

const registry = new WeakMap<FormAction, RegisteredAction>();

/** The access a server action was defined with, or undefined for a function not made by defineFormAction. */
export function registeredAction(action: unknown): RegisteredAction | undefined {
  return typeof action === "function" ? registry.get(action as FormAction) : undefined;
}

const secretFields = /password|token/i;

type FormValues = { input: Record<string, unknown>; values: Record<string, string>; lists: Record<string, string[]>; unsafe: string[] };

/**
 * The form's fields for the schema, and what to show back in the form. Fields holding a NUL byte
 * or another control character (lib/http/text.ts) are listed in `unsafe`: PostgreSQL refuses a
 * NUL in any text, so the action refuses them here, once for every action, and shows the fields
 * back without those characters.
 */
function formValues(formData: FormData): FormValues {
  const input: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const unsafe: string[] = [];
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    input[key] = all.length > 1 ? all : all[0];
    if (all.some((item) => typeof item === "string" && hasUnsafeCharacters(item)) || hasUnsafeCharacters(key)) unsafe.push(key);
    if (secretFields.test(key)) continue;
    const strings = all.filter((item): item is string => typeof item === "string").map(stripUnsafeCharacters);
    const field = stripUnsafeCharacters(key);
    if (strings[0] !== undefined) values[field] = strings[0];
    // Several fields of one name (checkboxes, numbered slots) keep every value, in order.
    if (strings.length > 1) lists[field] = strings;
  }
  return { input, values, lists, unsafe };
}

export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

export function defineFormAction<Schema extends z.ZodType, A extends Access>(definition: ActionDefinition<Schema, A>): FormAction {
  const action: FormAction = async (_previous, formData) => {
    const actor = await getSessionUser();
    if (!can(actor?.role ?? null, definition.access)) {
      return { ok: false, message: actor ? "Errors.forbidden" : "Errors.signInRequired" };
    }
    const { input, values, lists, unsafe } = formValues(formData);
    if (unsafe.length > 0) {
      const fieldErrors = Object.fromEntries(unsafe.map((key) => [stripUnsafeCharacters(key), ["Errors.invalidCharacters"]]));
      return { ok: false, message: "Errors.invalidCharacters", fieldErrors, values, lists };
    }
    const parsed = definition.schema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error), values, lists };
    try {
      // can() refused a missing session for every access but "public", so the actor fits ActorOf<A>.
      return (await definition.run(parsed.data, actor as ActorOf<A>)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      if (error instanceof UserFacingError) {
        return error.field
          ? { ok: false, fieldErrors: { [error.field]: [error.key] }, values, lists }
          : { ok: false, message: error.key, values, lists };
      }
      console.error(`Server action ${definition.name} failed`, { actor: actor?.id ?? null, error });
      return { ok: false, message: "Errors.failed", values, lists };
    }
  };
  registry.set(action, { name: definition.name, access: definition.access });
  return action;
}
