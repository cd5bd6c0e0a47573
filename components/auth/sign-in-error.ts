// Shared by the sign-in page (the ?error= that next-auth redirects with) and the form (the
// error signIn() returns). Kept generic on purpose: which part was wrong is not revealed.
// The codes come from lib/sign-in/authenticate.ts (signInErrors).

export type SignInError =
  | { kind: "wrongCredentials" | "notVerified" | "failed" }
  | { kind: "tooManyAttempts"; retryAt: string | null };

const rateLimited = /^RateLimited:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/;

/** next-auth's error codes, mapped to the few messages a user needs. */
export function signInErrorFrom(code: string | null | undefined, status?: number): SignInError | null {
  if (!code && status !== 429) return null;
  const limited = code ? rateLimited.exec(code) : null;
  if (limited) return { kind: "tooManyAttempts", retryAt: limited[1] ?? null };
  if (status === 429 || (code && /rate|too.?many|locked/i.test(code))) return { kind: "tooManyAttempts", retryAt: null };
  if (code === "CredentialsSignin") return { kind: "wrongCredentials" };
  if (code === "EmailNotVerified") return { kind: "notVerified" };
  return { kind: "failed" };
}
