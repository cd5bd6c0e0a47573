// HTTP pieces of bench:load: a cookie jar per signed-in role, next-auth's credentials sign-in,
// replaying a server-rendered form the way a browser without JavaScript posts it, timings.

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      if (index > 0) this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Signs in through next-auth's credentials endpoint; throws when no session results. */
export async function signIn(base: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base }),
  });
  jar.take(callback);
  await callback.arrayBuffer();
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie: jar.header() } })).json()) as { userId?: string };
  if (!session.userId) throw new Error(`sign-in as ${email} failed`);
  return jar;
}

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const attribute = (tag: string, name: string) => {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return found === undefined ? undefined : decode(found);
};

/**
 * The fields the server-rendered form holding `marker` would post as it stands: hidden and
 * filled inputs, checked boxes, each select's chosen (else first non-empty) option, textareas.
 */
export function formFields(html: string, marker: string): Map<string, string> {
  const form = html.split("<form").find((chunk) => chunk.includes(marker))?.split("</form>")[0];
  if (!form) throw new Error(`no form with ${marker}`);
  const fields = new Map<string, string>();
  for (const [input] of form.matchAll(/<input[^>]*>/g)) {
    const name = attribute(input, "name");
    const type = attribute(input, "type") ?? "text";
    if (!name || type === "file" || type === "submit") continue;
    if ((type === "checkbox" || type === "radio") && !/\schecked(=|\s|>|\/)/.test(input)) continue;
    fields.set(name, attribute(input, "value") ?? "");
  }
  for (const match of form.matchAll(/<select[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const options = [...match[2]!.matchAll(/<option([^>]*)>/g)].map((option) => ({ value: attribute(option[0], "value") ?? "", selected: /\sselected/.test(option[1]!) }));
    const chosen = options.find((option) => option.selected) ?? options.find((option) => option.value !== "");
    if (chosen) fields.set(decode(match[1]!), chosen.value);
  }
  for (const match of form.matchAll(/<textarea[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields.set(decode(match[1]!), decode(match[2]!));
  return fields;
}

/** Posts the fields as multipart, as a browser without JavaScript posts a server action's form. */
export function postForm(url: string, origin: string, jar: CookieJar, fields: Map<string, string>): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return fetch(url, { method: "POST", redirect: "manual", headers: { cookie: jar.header(), origin }, body, signal: AbortSignal.timeout(120_000) });
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
export const round = (value: number) => Math.round(value * 10) / 10;

export function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { n: sorted.length, p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), p99: round(percentile(sorted, 0.99)) };
}
