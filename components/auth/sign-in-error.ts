// Shared by the sign-in page (the ?error= that next-auth redirects with) and the form (the
// error signIn() returns). Kept generic on purpose: which part was wrong is not revealed.

export type SignInError = "wrongCredentials" | "tooManyAttempts" | "failed";

/** next-auth's error codes, mapped to the few messages a user needs. */
export function signInErrorFrom(code: string | null | undefined, status?: number): SignInError | null {
  if (!code && status !== 429) return null;
  if (status === 429 || (code && /rate|too.?many|locked/i.test(code))) return "tooManyAttempts";
  if (code === "CredentialsSignin") return "wrongCredentials";
  return "failed";
}
