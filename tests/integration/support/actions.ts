// Calling server actions the way a signed-in browser does: signInAs() puts a real next-auth
// session cookie into the test's request (tests/support/next-headers.ts), so getSessionUser runs
// its real path (the user is read from the database; deactivation and revoked sessions apply);
// form() builds the FormData; submit() calls an action and reads a redirect as its target.
import { encode } from "next-auth/jwt";
import { sessionOptions } from "@/lib/auth/session-options";
import { authSecret } from "@/lib/auth/secret";
import { type FormState, initialFormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { requestState } from "@/tests/support/next-headers";
import { uniqueEmail } from "./accounts";

/** next-auth's name for its session cookie, under the app's secure-cookie setting (lib/auth/session-options.ts). */
export function sessionCookieName(): string {
  return `${sessionOptions().useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * Signs the request in as `user` (a row in the database: only its id goes into the cookie, as in
 * the app), or out with null. cookies() waits until the cookie is minted, signed in now.
 */
export function signInAs(user: (Partial<SessionUser> & { id: string }) | null): void {
  const state = requestState();
  const name = sessionCookieName();
  state.cookies.delete(name);
  if (!user) {
    state.ready = Promise.resolve();
    return;
  }
  const options = sessionOptions();
  const minting = encode({ token: { sub: user.id, signedInAt: Date.now() }, secret: authSecret(), maxAge: options.session?.maxAge }).then((token) => {
    // A later signInAs() wins, whatever finishes first.
    if (state.ready === minting) state.cookies.set(name, token);
  });
  state.ready = minting;
}

/** A new active, verified user with the role and no enterprise or organisation, as the session sees them. */
export async function createUser(role: Role, name = `Pengguna ${role}`): Promise<SessionUser> {
  const user = await db.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), name, role, emailVerifiedAt: new Date() },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
  return { ...user, enterpriseId: null, buyerOrganizationId: null, partnerOrganizationId: null };
}

export type FormFields = Record<string, string | number | boolean | File | Blob | (string | File)[] | null | undefined>;

/** A FormData from a plain object: arrays become repeated fields, files stay files, null and undefined are left out. */
export function form(fields: FormFields): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item instanceof Blob) data.append(name, item);
      else data.append(name, String(item));
    }
  }
  return data;
}

/** The target of a redirect() or permanentRedirect() from Next's error digest ("NEXT_REDIRECT;replace;/target;307;"), else undefined. */
export function redirectTarget(error: unknown): string | undefined {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) return undefined;
  return digest.split(";")[2];
}

export type Submitted = FormState | { redirect: string };

type FormAction = (state: FormState, formData: FormData) => Promise<unknown>;

/**
 * Calls a server action with the initial form state, as a form posted for the first time does.
 * Returns its state, or `{ redirect: target }` when it redirected; any other error is thrown.
 */
export async function submit(action: FormAction, fields: FormFields | FormData = {}): Promise<Submitted> {
  try {
    return (await action(initialFormState, fields instanceof FormData ? fields : form(fields))) as FormState;
  } catch (error) {
    const target = redirectTarget(error);
    if (target === undefined) throw error;
    return { redirect: target };
  }
}
