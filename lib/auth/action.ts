// Every server action is made with defineFormAction: one path, every time.
//   authorize (the access named here, from lib/auth/permissions.ts) -> validate (zod)
//   -> resolve the owner (when the action names a `party`, lib/auth/party.ts) -> run
// Authorization comes first so a refused caller learns nothing from validation messages and
// nothing runs; ownership is then checked in the mutation's `where`, with the owner handed to
// run (the session's enterprise or organisation, never one named by the form). Results carry
// message keys (e.g. "Validation.emailTaken"), translated by the form, so actions stay testable
// outside a request and forms work with useActionState, also without JavaScript.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { reportDatabaseError } from "@/lib/db-availability";
import { hasUnsafeCharacters, stripUnsafeCharacters } from "@/lib/http/text";
import type { FormState } from "./form-state";
import { actsAs, type OwnerOf, type PartyName, partyOwner } from "./party";
import { type Access, can } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export type { FormState };

/** An expected failure the user can act on; `key` is a message key, `values` fill its placeholders. */
export class UserFacingError extends Error {
  constructor(
    readonly key: string,
    readonly field?: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(key);
    this.name = "UserFacingError";
  }
}

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Who runs an action: anyone for "public" ones, otherwise a signed-in user (checked before run);
 * always a signed-in user when the action names a party.
 */
type ActorOf<A extends Access, P extends PartyName | undefined> = [P] extends [PartyName]
  ? SessionUser
  : A extends "public"
    ? SessionUser | null
    : SessionUser;

/** What run gets as its owner: the party's owner when the action names one, otherwise nothing. */
type OwnerArgument<P extends PartyName | undefined> = P extends PartyName ? OwnerOf<P> : undefined;

interface ActionDefinition<Schema extends z.ZodType, A extends Access, P extends PartyName | undefined> {
  /** Unique, e.g. "admin.inviteUser": used in logs and in the permissions-matrix test. */
  name: string;
  access: A;
  /**
   * The party the action acts as. A signed-in user of another role is refused (Errors.forbidden)
   * before the input is read; one without an enterprise or organisation yet gets `missingParty`
   * after validation; otherwise run receives the owner (SmeOwner, BuyerOwner or PartnerOwner).
   */
  party?: P;
  /** Message key for a user of the party's role with no enterprise or organisation yet; default Errors.forbidden. */
  missingParty?: string;
  schema: Schema;
  run: (input: z.infer<Schema>, actor: ActorOf<A, P>, owner: OwnerArgument<P>) => Promise<FormState | void>;
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

export function defineFormAction<Schema extends z.ZodType, A extends Access, P extends PartyName | undefined = undefined>(
  definition: ActionDefinition<Schema, A, P>,
): FormAction {
  const { party } = definition;
  const action: FormAction = async (_previous, formData) => {
    let actor: SessionUser | null;
    try {
      actor = await getSessionUser();
    } catch (error) {
      // The database is unreachable (a restart, an outage): nothing was saved; the form keeps
      // what the person typed and asks them to try again.
      console.error(`Server action ${definition.name} could not read the session`, { error });
      const { values, lists } = formValues(formData);
      return { ok: false, message: "Errors.unavailable", values, lists };
    }
    if (!can(actor?.role ?? null, definition.access) || (party && !(actor && actsAs(actor, party)))) {
      return { ok: false, message: actor ? "Errors.forbidden" : "Errors.signInRequired" };
    }
    const { input, values, lists, unsafe } = formValues(formData);
    if (unsafe.length > 0) {
      const fieldErrors = Object.fromEntries(unsafe.map((key) => [stripUnsafeCharacters(key), ["Errors.invalidCharacters"]]));
      return { ok: false, message: "Errors.invalidCharacters", fieldErrors, values, lists };
    }
    const parsed = definition.schema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error), values, lists };
    // Checked after validation, as the actions' own checks were before this option existed.
    const owner = party && actor ? partyOwner(actor, party) : undefined;
    if (owner === null) return { ok: false, message: definition.missingParty ?? "Errors.forbidden", values, lists };
    try {
      // can() refused a missing session for every access but "public", and the party check did
      // for every party, so the actor fits ActorOf<A, P>; the owner is set exactly when P names a party.
      return (await definition.run(parsed.data, actor as ActorOf<A, P>, owner as OwnerArgument<P>)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      if (error instanceof UserFacingError) {
        return error.field
          ? { ok: false, fieldErrors: { [error.field]: [error.key] }, values, lists }
          : { ok: false, message: error.key, ...(error.values ? { messageValues: error.values } : {}), values, lists };
      }
      // No connection in time (overload) or none at all (the database restarting): the write did
      // not commit, and the user is told to send it again later rather than "something failed".
      if (reportDatabaseError(error)) {
        console.warn(`Server action ${definition.name}: database unavailable`, { actor: actor?.id ?? null, error: String(error) });
        return { ok: false, message: "Errors.busy", values, lists };
      }
      console.error(`Server action ${definition.name} failed`, { actor: actor?.id ?? null, error });
      return { ok: false, message: "Errors.failed", values, lists };
    }
  };
  registry.set(action, { name: definition.name, access: definition.access });
  return action;
}
