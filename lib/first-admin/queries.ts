// Whether the setup link in a request can be used: the page shows the form, or says why not.
import "server-only";
import { type AdminSetupCheck, checkAdminSetupToken } from "./setup-link";

export type AdminSetupLookup = { ok: true; token: string } | Exclude<AdminSetupCheck, { ok: true }>;

/** The `?token=` of the link (the first value when repeated); a missing one reads as invalid. */
export async function findAdminSetup(searchParams: Promise<{ token?: string | string[] }>): Promise<AdminSetupLookup> {
  const token = [(await searchParams).token].flat()[0];
  if (!token || token.length > 200) return { ok: false, reason: "invalid" };
  const check = await checkAdminSetupToken(token);
  return check.ok ? { ok: true, token } : check;
}
