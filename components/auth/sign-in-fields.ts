// The sign-in form's own check before it calls next-auth: the same rules as the server's
// (lib/sign-in/authenticate.ts: zod's email pattern, a password), with the message keys of the
// "SignIn" namespace. Plain code and zod's email pattern alone, not a zod schema: zod's parser is
// 23 KB of JavaScript (gzip) that a phone would download before /masuk counts as loaded (issue 16).
import { regexes } from "zod/v4/core";

export type SignInField = "email" | "password";
export type SignInFieldMessage = "emailRequired" | "emailInvalid" | "passwordRequired";

export type SignInFieldsResult =
  | { ok: true; email: string; password: string }
  | { ok: false; errors: Partial<Record<SignInField, SignInFieldMessage>> };

export function checkSignInFields(email: string, password: string): SignInFieldsResult {
  const trimmed = email.trim();
  const errors: Partial<Record<SignInField, SignInFieldMessage>> = {};
  if (trimmed === "") errors.email = "emailRequired";
  else if (!regexes.email.test(trimmed)) errors.email = "emailInvalid";
  if (password === "") errors.password = "passwordRequired";
  return errors.email || errors.password ? { ok: false, errors } : { ok: true, email: trimmed, password };
}
