/** Why an emailed link (password reset, invitation) cannot be used. */
export type LinkProblemReason = "invalid" | "expired" | "used";

type LinkProblem = { ok: false; reason: LinkProblemReason };

export type TokenLinkSearchParams = Promise<{ token?: string | string[] }>;

/**
 * Looks up the `?token=` of an emailed link. A missing or empty token reads as an invalid
 * link; a repeated parameter uses its first value.
 */
export async function findByLinkToken<Found extends { ok: true }>(
  searchParams: TokenLinkSearchParams,
  find: (token: string) => Promise<Found | LinkProblem>,
): Promise<(Found & { token: string }) | LinkProblem> {
  const token = [(await searchParams).token].flat()[0];
  if (!token) return { ok: false, reason: "invalid" };
  const found = await find(token);
  return found.ok ? { ...found, token } : found;
}
