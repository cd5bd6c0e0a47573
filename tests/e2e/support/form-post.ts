// Talking to a server the way a browser without JavaScript does, for specs that drive spawned
// servers over HTTP: next-auth's credentials sign-in, and replaying a server-rendered form.
import type { APIRequestContext } from "@playwright/test";

/** Posts next-auth's credentials form; returns the `error` of the redirect (null when none). */
export async function postSignIn(request: APIRequestContext, base: string, email: string, password: string): Promise<string | null> {
  const { csrfToken } = (await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${base}/api/auth/callback/credentials`, { form: { csrfToken, email, password, callbackUrl: base }, maxRedirects: 0 });
  const location = response.headers()["location"] ?? "";
  return location ? new URL(location, base).searchParams.get("error") : null;
}

/** Signs in through next-auth's credentials endpoint; true when a session results. */
export async function signIn(request: APIRequestContext, base: string, email: string, password: string): Promise<boolean> {
  await postSignIn(request, base, email, password);
  const session = (await (await request.get(`${base}/api/auth/session`)).json()) as { userId?: string };
  return Boolean(session.userId);
}

/** The markup of the first server-rendered form that holds `marker` (its message included). */
export function formHtml(html: string, marker: string): string {
  const form = html
    .split("<form")
    .slice(1)
    .map((chunk) => chunk.split("</form>")[0]!)
    .find((chunk) => chunk.includes(marker));
  if (!form) throw new Error(`no form with ${marker}`);
  return form;
}

/** The hidden fields of the server-rendered form that holds `marker` (how a no-JavaScript post replays the action). */
export function hiddenFields(html: string, marker: string): Record<string, string> {
  const form = formHtml(html, marker);
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name) fields[decode(name)] = decode(/value="([^"]*)"/.exec(input[0])?.[1] ?? "");
  }
  return fields;
}
